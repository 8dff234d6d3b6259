<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AdjustDialog</name>
    <message>
        <source>Adjust “%1”</source>
        <translation>Ajustar «%1»</translation>
    </message>
    <message>
        <source>Plans are meant to fit you. Making a step smaller or slower is part of the work, and worth bringing to your next session.</source>
        <translation>Los planes están para adaptarse a ti. Hacer un paso más pequeño o más lento es parte del trabajo, y vale la pena llevarlo a tu próxima sesión.</translation>
    </message>
    <message>
        <source>For example: five minutes instead of twenty</source>
        <translation>Por ejemplo: cinco minutos en lugar de veinte</translation>
    </message>
    <message>
        <source>Smaller version</source>
        <translation>Versión pequeña</translation>
    </message>
    <message>
        <source>&amp;Pause this item for now</source>
        <translation>&amp;Pausar este paso por ahora</translation>
    </message>
    <message>
        <source>Pause this item for now</source>
        <translation>Pausar este paso por ahora</translation>
    </message>
    <message>
        <source>Optional: what made you adjust it</source>
        <translation>Opcional: qué te llevó a ajustarlo</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>S&amp;maller version</source>
        <translation>Versión pe&amp;queña</translation>
    </message>
    <message>
        <source>&amp;Rhythm</source>
        <translation>&amp;Ritmo</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Nota</translation>
    </message>
</context>
<context>
    <name>BackupSchedule</name>
    <message>
        <source>Your data file may be damaged</source>
        <extracomment>Files under our name that aren&apos;t a database (empty, cut short, garbage): most likely ours. The check after start is done (a Checked), while its job goes on to the backup.</extracomment>
        <translation>Puede que tu archivo de datos esté dañado</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Before an update of the data format</source>
        <translation>Antes de actualizar el formato de los datos</translation>
    </message>
    <message>
        <source>When the app started</source>
        <translation>Al iniciar la app</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Diaria</translation>
    </message>
    <message>
        <source>Made by you</source>
        <translation>Hecha por ti</translation>
    </message>
    <message>
        <source>Before restoring a backup</source>
        <translation>Antes de restaurar una copia de seguridad</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>Antes de una importación</translation>
    </message>
    <message>
        <source>From the command line</source>
        <translation>Desde la línea de comandos</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <extracomment>Decimal units, as people say them (&quot;200 KB&quot;, &quot;1.2 MB&quot;): each a thousand of the one before.</extracomment>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>%1 TB</source>
        <translation>%1 TB</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 bytes</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>The app keeps copies of your data here: one when it starts (if anything changed), one a day while it runs, and before every update or restore. Older ones are thinned out: the last week day by day, then one a week, then one a month for a year.</source>
        <translation>La app guarda aquí copias de tus datos: una al iniciarse (si algo cambió), una al día mientras está abierta, y antes de cada actualización o restauración. Las más antiguas se van reduciendo: la última semana, una por día; después, una por semana; y luego, una por mes durante un año.</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>Copias de seguridad, la más reciente primero</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Hecha el</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>No backups yet. “Back up now” makes the first one.</source>
        <translation>Aún no hay copias de seguridad. «Hacer una copia ahora» crea la primera.</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Hacer una copia ahora</translation>
    </message>
    <message>
        <source>&amp;Restore this backup…</source>
        <translation>&amp;Restaurar esta copia…</translation>
    </message>
    <message>
        <source>Open backups &amp;folder</source>
        <translation>Abrir la &amp;carpeta de copias</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>¿Restaurar esta copia?</translation>
    </message>
    <message>
        <source>Go back to your data as it was on %1?</source>
        <translation>¿Volver a tus datos tal como estaban el %1?</translation>
    </message>
    <message>
        <source>What you have now is saved as a backup first, so you can come back to it from this list.</source>
        <translation>Lo que tienes ahora se guarda antes como copia de seguridad, así que puedes volver a ello desde esta lista.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Your data is back as it was on %1.</source>
        <translation>Tus datos vuelven a estar como el %1.</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation>Cambiar la frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;Change passphrase</source>
        <translation>&amp;Cambiar la frase de contraseña</translation>
    </message>
    <message>
        <source>Your journal and its backups open with the new passphrase from now on. The recovery code stays the same.</source>
        <translation>A partir de ahora, tu diario y sus copias de seguridad se abren con la nueva frase de contraseña. El código de recuperación sigue siendo el mismo.</translation>
    </message>
</context>
<context>
    <name>CheckInBox</name>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Hecho</translation>
    </message>
    <message>
        <source>Did the &amp;smaller version</source>
        <translation>Hice la versión &amp;pequeña</translation>
    </message>
    <message>
        <source>&amp;Tried / started</source>
        <translation>Lo &amp;intenté / empecé</translation>
    </message>
    <message>
        <source>Th&amp;ought about it</source>
        <translation>Lo pen&amp;sé</translation>
    </message>
    <message>
        <source>&amp;Not today</source>
        <translation>Hoy &amp;no</translation>
    </message>
    <message>
        <source>&amp;Rested on purpose</source>
        <translation>&amp;Descansé a propósito</translation>
    </message>
    <message>
        <source>Check in</source>
        <extracomment>How far the arrow keys move among the six outcomes, in rows (up and down: a row&apos;s worth).</extracomment>
        <translation>Registrar</translation>
    </message>
    <message>
        <source>Day to check in for</source>
        <translation>Día del registro</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Check in for today</source>
        <translation>Registrar hoy</translation>
    </message>
    <message>
        <source>&amp;Clear this check-in</source>
        <translation>&amp;Borrar este registro</translation>
    </message>
    <message>
        <source>&amp;Put it back</source>
        <translation>&amp;Recuperarlo</translation>
    </message>
    <message>
        <source>Check-in cleared.</source>
        <translation>Registro borrado.</translation>
    </message>
    <message>
        <source>A note for you</source>
        <translation>Una nota para ti</translation>
    </message>
    <message>
        <source>What got in the way? (optional)</source>
        <translation>¿Qué se interpuso? (opcional)</translation>
    </message>
    <message>
        <source>Something else, in your own words</source>
        <translation>Otra cosa, con tus propias palabras</translation>
    </message>
    <message>
        <source>Something else that got in the way</source>
        <translation>Otra cosa que se interpuso</translation>
    </message>
    <message>
        <source>A note about today (optional)</source>
        <translation>Una nota sobre hoy (opcional)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>How did it go today?</source>
        <translation>¿Cómo fue hoy?</translation>
    </message>
    <message>
        <source>How did it go on %1?</source>
        <translation>¿Cómo fue el %1?</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <source>%Ln entries</source>
        <translation>
            <numerusform>1 entrada</numerusform>
            <numerusform>%Ln entradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries have a time zone the app doesn&apos;t know; their times stay as the other app kept them, in UTC.</source>
        <translation>
            <numerusform>1 entrada tiene una zona horaria que la app no conoce; su hora se queda como la guardó la otra app, en UTC.</numerusform>
            <numerusform>%Ln entradas tienen una zona horaria que la app no conoce; sus horas se quedan como las guardó la otra app, en UTC.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln photos and attachments (they stay in the other app)</source>
        <translation>
            <numerusform>1 foto o archivo adjunto (se queda en la otra app)</numerusform>
            <numerusform>%Ln fotos y archivos adjuntos (se quedan en la otra app)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln empty entries (nothing written in them)</source>
        <translation>
            <numerusform>1 entrada vacía (sin nada escrito)</numerusform>
            <numerusform>%Ln entradas vacías (sin nada escrito)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln files that aren&apos;t notes</source>
        <translation>
            <numerusform>1 archivo que no es una nota</numerusform>
            <numerusform>%Ln archivos que no son notas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln notes without a date in their names</source>
        <translation>
            <numerusform>1 nota sin fecha en su nombre</numerusform>
            <numerusform>%Ln notas sin fecha en su nombre</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries that were there twice (kept once)</source>
        <translation>
            <numerusform>1 entrada que estaba dos veces (se guarda una)</numerusform>
            <numerusform>%Ln entradas que estaban dos veces (se guarda una de cada)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln photos weren&apos;t brought over.</source>
        <translation>
            <numerusform>1 foto no se trajo.</numerusform>
            <numerusform>%Ln fotos no se trajeron.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln backups from before are still plain files, readable by any program.</source>
        <translation>
            <numerusform>Una copia de seguridad de antes sigue siendo un archivo sin cifrar, que cualquier programa puede leer.</numerusform>
            <numerusform>%Ln copias de seguridad de antes siguen siendo archivos sin cifrar, que cualquier programa puede leer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln times</source>
        <translation>
            <numerusform>una vez</numerusform>
            <numerusform>%Ln veces</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln days a week</source>
        <translation>
            <numerusform>Un día a la semana</numerusform>
            <numerusform>%Ln días a la semana</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Next session in %Ln days</source>
        <translation>
            <numerusform>Próxima sesión en %Ln día</numerusform>
            <numerusform>Próxima sesión en %Ln días</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CurrentSecret</name>
    <message>
        <source>Current passphrase</source>
        <translation>Frase de contraseña actual</translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>Frase de contraseña &amp;actual:</translation>
    </message>
    <message>
        <source>Use the &amp;recovery code instead</source>
        <translation>Usar el código de &amp;recuperación en su lugar</translation>
    </message>
    <message>
        <source>&amp;Recovery code:</source>
        <translation>Código de &amp;recuperación:</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Código de recuperación</translation>
    </message>
</context>
<context>
    <name>DamagedFileDialog</name>
    <message>
        <source>Your data file needs attention</source>
        <translation>Tu archivo de datos necesita atención</translation>
    </message>
    <message>
        <source>Your data file looks damaged, so the app hasn&apos;t used it.</source>
        <translation>Tu archivo de datos parece dañado, así que la app no lo ha usado.</translation>
    </message>
    <message>
        <source>Nothing has been deleted: the file has been kept, unchanged, as
%1
in your data folder, in case it can be rescued later.</source>
        <translation>No se ha borrado nada: el archivo se ha guardado, sin cambios, como
%1
en tu carpeta de datos, por si se puede recuperar más adelante.</translation>
    </message>
    <message>
        <source>Your newest backup that passes its check is from %1. Would you like to continue from it?</source>
        <translation>Tu copia de seguridad más reciente que pasa la comprobación es del %1. ¿Quieres continuar desde ella?</translation>
    </message>
    <message>
        <source>Continue from the backup</source>
        <translation>Continuar desde la copia</translation>
    </message>
    <message>
        <source>Start with empty data</source>
        <translation>Empezar sin datos</translation>
    </message>
    <message>
        <source>There is no backup to continue from, so the app starts with empty data.</source>
        <translation>No hay ninguna copia desde la que continuar, así que la app empieza sin datos.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
</context>
<context>
    <name>DataActions</name>
    <message>
        <source>&amp;Back up now</source>
        <extracomment>The passphrase&apos;s actions: &quot;protect&quot; for a plain journal, the other two for a protected one. The actions that write to the data folder: held back while it is read-only.</extracomment>
        <translation>&amp;Hacer una copia ahora</translation>
    </message>
    <message>
        <source>Bac&amp;kups…</source>
        <translation>&amp;Copias de seguridad…</translation>
    </message>
    <message>
        <source>&amp;Export everything…</source>
        <translation>&amp;Exportar todo…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>&amp;Protect with a passphrase…</source>
        <translation>&amp;Proteger con una frase de contraseña…</translation>
    </message>
    <message>
        <source>Change &amp;passphrase…</source>
        <translation>Cambiar la &amp;frase de contraseña…</translation>
    </message>
    <message>
        <source>&amp;Turn off protection…</source>
        <translation>&amp;Quitar la protección…</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>Tus datos</translation>
    </message>
    <message>
        <source>Backed up: %1</source>
        <translation>Copia de seguridad: %1</translation>
    </message>
    <message>
        <source>Complete export, can be imported (*.json)</source>
        <translation>Exportación completa, se puede importar (*.json)</translation>
    </message>
    <message>
        <source>To read or print (*.md)</source>
        <translation>Para leer o imprimir (*.md)</translation>
    </message>
    <message>
        <source>Export everything</source>
        <translation>Exportar todo</translation>
    </message>
    <message>
        <source>The export holds your journal, your plan and everything else you keep in Between Sessions.</source>
        <translation>La exportación contiene tu diario, tu plan y todo lo demás que guardas en Between Sessions.</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportado a %1</translation>
    </message>
    <message>
        <source>Your journal is protected with your passphrase.</source>
        <translation>Tu diario está protegido con tu frase de contraseña.</translation>
    </message>
    <message>
        <source>The passphrase is changed. The recovery code is the same as before.</source>
        <translation>La frase de contraseña ha cambiado. El código de recuperación es el mismo de antes.</translation>
    </message>
    <message>
        <source>Your journal is no longer protected with a passphrase.</source>
        <translation>Tu diario ya no está protegido con una frase de contraseña.</translation>
    </message>
</context>
<context>
    <name>DayCell</name>
    <message>
        <source>nothing noted</source>
        <translation>nada anotado</translation>
    </message>
</context>
<context>
    <name>DiskTroubleNotice</name>
    <message>
        <source>Not saved yet</source>
        <translation>Aún sin guardar</translation>
    </message>
    <message>
        <source>Saving works again.</source>
        <translation>Ya se puede guardar de nuevo.</translation>
    </message>
</context>
<context>
    <name>EncouragementTab</name>
    <message>
        <source>Today</source>
        <extracomment>What each page shows: a change there has it shown again. The person asked for the crisis help from the safety plan page.</extracomment>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>A message for today, and your own notes</source>
        <translation>Un mensaje para hoy y tus propias notas</translation>
    </message>
    <message>
        <source>Small wins</source>
        <translation>Pequeños logros</translation>
    </message>
    <message>
        <source>Everything that counted as a step</source>
        <translation>Todo lo que contó como un paso</translation>
    </message>
    <message>
        <source>Looking back</source>
        <translation>Mirar atrás</translation>
    </message>
    <message>
        <source>What the weeks and months show</source>
        <translation>Lo que muestran las semanas y los meses</translation>
    </message>
    <message>
        <source>Session prep</source>
        <translation>Preparar la sesión</translation>
    </message>
    <message>
        <source>Your next session, questions and a summary</source>
        <translation>Tu próxima sesión, preguntas y un resumen</translation>
    </message>
    <message>
        <source>Safety plan</source>
        <translation>Plan de seguridad</translation>
    </message>
    <message>
        <source>Your safety plan and where to turn in a crisis</source>
        <translation>Tu plan de seguridad y a quién acudir en una crisis</translation>
    </message>
    <message>
        <source>Encouragement pages</source>
        <translation>Páginas de ánimo</translation>
    </message>
</context>
<context>
    <name>EntryDelegate</name>
    <message>
        <source>(nothing written yet)</source>
        <extracomment>Loads the page after the given row (None: the first page).</extracomment>
        <translation>(aún no hay nada escrito)</translation>
    </message>
    <message>
        <source>Thought record</source>
        <translation>Registro de pensamientos</translation>
    </message>
    <message>
        <source>For session</source>
        <translation>Para la sesión</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privada</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Not saved yet</source>
        <extracomment>Stores the form&apos;s words; called on accept. Its return value is kept in ``saved``.</extracomment>
        <translation>Aún sin guardar</translation>
    </message>
    <message>
        <source>Discard what you wrote?</source>
        <translation>¿Descartar lo que escribiste?</translation>
    </message>
    <message>
        <source>It hasn&apos;t been saved. You can keep editing.</source>
        <translation>No se ha guardado. Puedes seguir editando.</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Seguir editando</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Your own contacts, from your safety plan:</source>
        <translation>Tus propios contactos, de tu plan de seguridad:</translation>
    </message>
    <message>
        <source>If you&apos;re in crisis</source>
        <translation>Si estás en una crisis</translation>
    </message>
    <message>
        <source>This app is not emergency help.</source>
        <translation>Esta app no es ayuda de emergencia.</translation>
    </message>
    <message>
        <source>If you are in danger or thinking about harming yourself, please reach out now:

• Call your local emergency number.
• Contact a crisis line in your country; they are there to listen, day and night.
• Get in touch with your therapist, your doctor, or someone you trust.

You deserve support, and you don&apos;t have to get through this alone.</source>
        <translation>Si estás en peligro o piensas en hacerte daño, por favor, busca ayuda ahora:

• Llama a los servicios de emergencia de tu zona.
• Contacta con una línea de crisis de tu país; están ahí para escucharte, de día y de noche.
• Ponte en contacto con tu terapeuta, tu médico o alguien de confianza.

Mereces apoyo, y no tienes que pasar por esto a solas.</translation>
    </message>
    <message>
        <source>Open my safety plan</source>
        <translation>Abrir mi plan de seguridad</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>Acerca de %1</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;A private companion for the days between therapy sessions: your action plan, a reflection journal, and some encouragement.&lt;/p&gt;&lt;p&gt;Everything stays in one file on this computer. Nothing is sent anywhere.&lt;/p&gt;&lt;p&gt;This app is not a therapist and not emergency help.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;Un acompañante privado para los días entre sesiones de terapia: tu plan de acción, un diario de reflexión y algo de ánimo.&lt;/p&gt;&lt;p&gt;Todo se queda en un archivo en este ordenador. No se envía nada a ninguna parte.&lt;/p&gt;&lt;p&gt;Esta app no es un terapeuta ni ayuda de emergencia.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import</source>
        <extracomment>A preview or a problem is shown (the reading finished), for tests and screen readers.</extracomment>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Bring in a journal from Day One, jrnl, Daylio, RedNotebook, a folder of Markdown notes, or a Between Sessions export. You&apos;ll see what it holds before anything is added.</source>
        <translation>Trae un diario de Day One, jrnl, Daylio, RedNotebook, una carpeta de notas en Markdown o una exportación de Between Sessions. Verás lo que contiene antes de que se añada nada.</translation>
    </message>
    <message>
        <source>No file chosen yet</source>
        <translation>Aún no has elegido ningún archivo</translation>
    </message>
    <message>
        <source>File or folder to import</source>
        <translation>Archivo o carpeta para importar</translation>
    </message>
    <message>
        <source>Choose a &amp;file…</source>
        <translation>Elegir un &amp;archivo…</translation>
    </message>
    <message>
        <source>Choose a file to import</source>
        <translation>Elige un archivo para importar</translation>
    </message>
    <message>
        <source>A .zip, .json, .csv or .txt file</source>
        <translation>Un archivo .zip, .json, .csv o .txt</translation>
    </message>
    <message>
        <source>Choose a f&amp;older…</source>
        <translation>Elegir una &amp;carpeta…</translation>
    </message>
    <message>
        <source>Choose a folder to import</source>
        <translation>Elige una carpeta para importar</translation>
    </message>
    <message>
        <source>A RedNotebook journal or a folder of notes</source>
        <translation>Un diario de RedNotebook o una carpeta de notas</translation>
    </message>
    <message>
        <source>Choose which app…</source>
        <translation>Elegir de qué app…</translation>
    </message>
    <message>
        <source>Which app it comes from</source>
        <translation>De qué app viene</translation>
    </message>
    <message>
        <source>Date in the notes&apos; file names</source>
        <translation>Fecha en los nombres de archivo de las notas</translation>
    </message>
    <message>
        <source>For example YYYY-MM-DD or DD.MM.YYYY</source>
        <translation>Por ejemplo YYYY-MM-DD o DD.MM.YYYY</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>De:</translation>
    </message>
    <message>
        <source>&amp;Comes from:</source>
        <translation>&amp;Viene de:</translation>
    </message>
    <message>
        <source>&amp;Date in file names:</source>
        <translation>&amp;Fecha en los nombres de archivo:</translation>
    </message>
    <message>
        <source>What the import would do</source>
        <translation>Lo que haría la importación</translation>
    </message>
    <message>
        <source>Moods</source>
        <translation>Estados de ánimo</translation>
    </message>
    <message>
        <source>Cancel, import nothing</source>
        <translation>Cancelar, no importar nada</translation>
    </message>
    <message>
        <source>Import a file</source>
        <translation>Importar un archivo</translation>
    </message>
    <message>
        <source>Journal exports (*.zip *.json *.csv *.txt *.md);;All files (*)</source>
        <translation>Exportaciones de diario (*.zip *.json *.csv *.txt *.md);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Import a folder</source>
        <translation>Importar una carpeta</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Leyendo %1…</translation>
    </message>
    <message>
        <source>Which app does this come from? Choose it above.</source>
        <translation>¿De qué app viene? Elígela arriba.</translation>
    </message>
    <message>
        <source>Nothing new to import</source>
        <translation>Nada nuevo que importar</translation>
    </message>
    <message numerus="yes">
        <source>Import %Ln entries</source>
        <translation>
            <numerusform>Importar 1 entrada</numerusform>
            <numerusform>Importar %Ln entradas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1&apos;s moods, and the mood each becomes here</source>
        <translation>Los estados de ánimo de %1 y el que corresponde a cada uno aquí</translation>
    </message>
    <message>
        <source>In %1</source>
        <translation>En %1</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Entradas</translation>
    </message>
    <message>
        <source>Becomes</source>
        <translation>Aquí será</translation>
    </message>
    <message>
        <source>No mood</source>
        <translation>Sin estado de ánimo</translation>
    </message>
    <message>
        <source>Mood for %1</source>
        <translation>Estado de ánimo para %1</translation>
    </message>
    <message>
        <source>Adding the entries…</source>
        <translation>Añadiendo las entradas…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancelled: nothing was added.</source>
        <translation>Cancelado: no se añadió nada.</translation>
    </message>
    <message>
        <source>Day One</source>
        <extracomment>The apps, as the kind chooser names them (in the order people most often come from).</extracomment>
        <translation>Day One</translation>
    </message>
    <message>
        <source>jrnl</source>
        <translation>jrnl</translation>
    </message>
    <message>
        <source>Daylio</source>
        <translation>Daylio</translation>
    </message>
    <message>
        <source>RedNotebook</source>
        <translation>RedNotebook</translation>
    </message>
    <message>
        <source>Markdown notes</source>
        <translation>Notas en Markdown</translation>
    </message>
    <message>
        <source>A Between Sessions export</source>
        <translation>Una exportación de Between Sessions</translation>
    </message>
    <message>
        <source>%1 holds no entries to bring in.</source>
        <translation>%1 no contiene entradas que traer.</translation>
    </message>
    <message>
        <source>%1 from %2, on %3.</source>
        <translation>%1 de %2, el %3.</translation>
    </message>
    <message>
        <source>%1 from %2, %3 to %4.</source>
        <translation>%1 de %2, del %3 al %4.</translation>
    </message>
    <message>
        <source>All of them are already here: nothing to add.</source>
        <translation>Ya están todas aquí: nada que añadir.</translation>
    </message>
    <message>
        <source>%1 already here, so not added again.</source>
        <translation>%1 ya estaban aquí, así que no se añaden de nuevo.</translation>
    </message>
    <message>
        <source>Left out:</source>
        <translation>Se dejan fuera:</translation>
    </message>
    <message>
        <source>And %1 more things: plan items, check-ins, notes and the rest. Those already here are recognised and not added again.</source>
        <translation>Y %1 cosas más: pasos del plan, registros, notas y el resto. Las que ya están aquí se reconocen y no se añaden de nuevo.</translation>
    </message>
    <message>
        <source>Added %1 from your export.</source>
        <translation>Se añadieron %1 de tu exportación.</translation>
    </message>
    <message>
        <source>And %1 more things: plan items, notes and the rest.</source>
        <translation>Y %1 cosas más: pasos del plan, notas y el resto.</translation>
    </message>
    <message>
        <source>Added %1 from %2.</source>
        <translation>Se añadieron %1 de %2.</translation>
    </message>
    <message>
        <source>%1 already here.</source>
        <translation>%1 ya estaban aquí.</translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <source>Edit plan item</source>
        <translation>Editar paso del plan</translation>
    </message>
    <message>
        <source>Add a plan item</source>
        <translation>Añadir un paso al plan</translation>
    </message>
    <message>
        <source>A step you took away from therapy. Keep it small and concrete; you can change it any time.</source>
        <translation>Un paso que te llevaste de la terapia. Que sea pequeño y concreto; puedes cambiarlo cuando quieras.</translation>
    </message>
    <message>
        <source>For example: journal for 20 minutes</source>
        <translation>Por ejemplo: escribir en el diario 20 minutos</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>For example: write one sentence</source>
        <translation>Por ejemplo: escribir una frase</translation>
    </message>
    <message>
        <source>Smaller version</source>
        <translation>Versión pequeña</translation>
    </message>
    <message>
        <source>Optional: why this matters to you</source>
        <translation>Opcional: por qué te importa</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>Por qué importa</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <source>S&amp;maller version</source>
        <translation>Versión pe&amp;queña</translation>
    </message>
    <message>
        <source>&amp;Why it matters</source>
        <translation>&amp;Por qué importa</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>Ti&amp;po</translation>
    </message>
    <message>
        <source>&amp;Rhythm</source>
        <translation>&amp;Ritmo</translation>
    </message>
    <message>
        <source>On a harder day, the smaller version counts just as much.</source>
        <translation>En un día más difícil, la versión pequeña cuenta igual.</translation>
    </message>
    <message>
        <source>This is longer than %1 characters; please shorten it to save.</source>
        <translation>Tiene más de %1 caracteres; acórtalo un poco para poder guardarlo.</translation>
    </message>
</context>
<context>
    <name>JournalCalendar</name>
    <message>
        <source>Calendar</source>
        <extracomment>A day was chosen (or None: every day again).</extracomment>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>Show the calendar</source>
        <translation>Mostrar el calendario</translation>
    </message>
    <message>
        <source>Days written on</source>
        <translation>Días con escritura</translation>
    </message>
    <message>
        <source>Show each day&apos;s mood</source>
        <translation>Mostrar el estado de ánimo de cada día</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Todos los días</translation>
    </message>
    <message>
        <source>Show the entries of every day again</source>
        <translation>Volver a mostrar las entradas de todos los días</translation>
    </message>
    <message>
        <source>Written on</source>
        <translation>Escrito</translation>
    </message>
    <message>
        <source>Written on, mood %1</source>
        <translation>Escrito, estado de ánimo %1</translation>
    </message>
</context>
<context>
    <name>JournalEditor</name>
    <message>
        <source>Date</source>
        <extracomment>Typing is stored this long after the first unsaved change, even while typing goes on, so a crash loses at most this much.</extracomment>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Title (optional)</source>
        <translation>Título (opcional)</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Sugerencia</translation>
    </message>
    <message>
        <source>Remove the prompt</source>
        <translation>Quitar la sugerencia</translation>
    </message>
    <message>
        <source>Entry text</source>
        <translation>Texto de la entrada</translation>
    </message>
    <message>
        <source>Add a &amp;thought record</source>
        <translation>Añadir un &amp;registro de pensamientos</translation>
    </message>
    <message>
        <source>Mood: %1</source>
        <translation>Ánimo: %1</translation>
    </message>
    <message>
        <source>Energy: %1</source>
        <translation>Energía: %1</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Estado de ánimo</translation>
    </message>
    <message>
        <source>not noted</source>
        <translation>sin anotar</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energía</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Etiquetas, separadas por comas</translation>
    </message>
    <message>
        <source>&amp;Bring to next session</source>
        <translation>&amp;Llevar a la próxima sesión</translation>
    </message>
    <message>
        <source>&amp;Private, not ready to share</source>
        <translation>&amp;Privada, aún no lista para compartir</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Estado del guardado</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>Mover a la papelera</translation>
    </message>
    <message>
        <source>Private comes first: this entry stays out of the session summary.</source>
        <translation>Lo privado va primero: esta entrada se queda fuera del resumen de la sesión.</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Solo lectura</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <source>Choose an entry on the left to read it.</source>
        <translation>Elige una entrada a la izquierda para leerla.</translation>
    </message>
    <message>
        <source>Write as much or as little as you like. It saves by itself.</source>
        <translation>Escribe tanto o tan poco como quieras. Se guarda solo.</translation>
    </message>
    <message>
        <source>Remove the &amp;thought record</source>
        <translation>Quitar el &amp;registro de pensamientos</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>Editando…</translation>
    </message>
    <message>
        <source>Couldn&apos;t save just now (%1). What you wrote is still here; trying again shortly.</source>
        <translation>No se pudo guardar ahora mismo (%1). Lo que escribiste sigue aquí; se volverá a intentar en breve.</translation>
    </message>
</context>
<context>
    <name>JournalFilters</name>
    <message>
        <source>Filter by tag</source>
        <translation>Filtrar por etiqueta</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Cualquier etiqueta</translation>
    </message>
    <message>
        <source>Filter by flag</source>
        <translation>Filtrar por marca</translation>
    </message>
    <message>
        <source>All entries</source>
        <translation>Todas las entradas</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privadas</translation>
    </message>
    <message>
        <source>With a thought record</source>
        <translation>Con registro de pensamientos</translation>
    </message>
    <message>
        <source>Trash (kept 30 days)</source>
        <translation>Papelera (se guarda 30 días)</translation>
    </message>
    <message>
        <source>Mood from</source>
        <translation>Estado de ánimo desde</translation>
    </message>
    <message>
        <source>Mood up to</source>
        <translation>Estado de ánimo hasta</translation>
    </message>
    <message>
        <source>Any mood</source>
        <translation>Cualquier estado de ánimo</translation>
    </message>
    <message>
        <source>up to any mood</source>
        <translation>hasta cualquier estado de ánimo</translation>
    </message>
    <message>
        <source>Filter by date</source>
        <translation>Filtrar por fecha</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Cualquier fecha</translation>
    </message>
    <message>
        <source>Past week</source>
        <translation>Última semana</translation>
    </message>
    <message>
        <source>Past month</source>
        <translation>Último mes</translation>
    </message>
    <message>
        <source>Past year</source>
        <translation>Último año</translation>
    </message>
</context>
<context>
    <name>JournalTab</name>
    <message>
        <source>Search (Ctrl+F)</source>
        <extracomment>A search that has been taking up to this long runs at once, on every key. A dearer one waits for a pause in the typing of twice what it takes (at most SEARCH_PAUSE_MAX_MS): a key that comes sooner starts the wait again, so typing never waits for a search the next key makes useless, and the results come as soon as they can without that.</extracomment>
        <translation>Buscar (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the journal</source>
        <translation>Buscar en el diario</translation>
    </message>
    <message>
        <source>Finds the entries that have all the words you type. Put words in double quotes, &quot;like this&quot;, to find them side by side, in that order.</source>
        <translation>Encuentra las entradas que tienen todas las palabras que escribes. Pon palabras entre comillas dobles, &quot;así&quot;, para encontrarlas juntas y en ese orden.</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Borrar la búsqueda</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtros</translation>
    </message>
    <message>
        <source>Show filters</source>
        <translation>Mostrar filtros</translation>
    </message>
    <message>
        <source>Number of entries shown</source>
        <translation>Número de entradas mostradas</translation>
    </message>
    <message>
        <source>Journal entries</source>
        <translation>Entradas del diario</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>Nueva entrada</translation>
    </message>
    <message>
        <source>Start a new entry (Ctrl+N)</source>
        <translation>Empezar una entrada nueva (Ctrl+N)</translation>
    </message>
    <message>
        <source>From a prompt…</source>
        <translation>Desde una sugerencia…</translation>
    </message>
    <message>
        <source>Start a new entry from a prompt</source>
        <translation>Empezar una entrada nueva desde una sugerencia</translation>
    </message>
    <message>
        <source>Take the entry back out of the trash</source>
        <translation>Sacar la entrada de la papelera</translation>
    </message>
    <message>
        <source>Start from a prompt…</source>
        <extracomment>What a search has been taking, in ms (a moving average): what the pause fits.</extracomment>
        <translation>Empezar desde una sugerencia…</translation>
    </message>
    <message>
        <source>Your journal, just for you</source>
        <translation>Tu diario, solo para ti</translation>
    </message>
    <message>
        <source>Write whatever is on your mind between sessions: how a step went, a thought to look at again, something to bring to your next session. A line is plenty.

Just start typing: what you write is kept as you go. If a blank page feels like a lot, a prompt can start it for you.</source>
        <translation>Escribe lo que tengas en mente entre sesiones: cómo fue un paso, un pensamiento para volver a mirar, algo para llevar a tu próxima sesión. Una línea es más que suficiente.

Solo empieza a escribir: lo que escribes se guarda sobre la marcha. Si una página en blanco se te hace mucho, una sugerencia puede empezarla por ti.</translation>
    </message>
    <message>
        <source>The best %1 shown; another word narrows it down</source>
        <translation>Se muestran las %1 mejores; otra palabra acota la búsqueda</translation>
    </message>
    <message>
        <source>%1 found</source>
        <translation>%1 encontradas</translation>
    </message>
    <message>
        <source>Nothing found</source>
        <translation>No se encontró nada</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries</source>
        <translation>
            <numerusform>Una entrada</numerusform>
            <numerusform>%Ln entradas</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore from trash</source>
        <translation>Restaurar de la papelera</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>Mover a la papelera</translation>
    </message>
    <message>
        <source>The entry is in the trash for 30 days.</source>
        <translation>La entrada se queda en la papelera 30 días.</translation>
    </message>
</context>
<context>
    <name>KeptMessagesDialog</name>
    <message>
        <source>Kept messages</source>
        <translation>Mensajes guardados</translation>
    </message>
    <message>
        <source>Messages you kept</source>
        <translation>Mensajes que guardaste</translation>
    </message>
    <message>
        <source>&amp;Stop keeping</source>
        <translation>&amp;Dejar de guardar</translation>
    </message>
    <message>
        <source>Messages you keep appear here.</source>
        <translation>Los mensajes que guardes aparecen aquí.</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Guardados</translation>
    </message>
    <message>
        <source>Messages set aside</source>
        <translation>Mensajes apartados</translation>
    </message>
    <message>
        <source>Show it &amp;again</source>
        <translation>Mostrarlo &amp;otra vez</translation>
    </message>
    <message>
        <source>Messages you set aside appear here.</source>
        <translation>Los mensajes que apartes aparecen aquí.</translation>
    </message>
    <message>
        <source>Set aside</source>
        <translation>Apartados</translation>
    </message>
</context>
<context>
    <name>LanguageSwitch</name>
    <message>
        <source>&amp;Language</source>
        <extracomment>Where the choice is kept, and the choices. Each language&apos;s name in its own language: never translated. How many times the language has been applied (a window built since needn&apos;t build again). The widget with the keyboard: its tab, its kind, and which of that kind it was. How long the last change of language took to show, in milliseconds.</extracomment>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>System (%1)</source>
        <translation>Del sistema (%1)</translation>
    </message>
</context>
<context>
    <name>Locking</name>
    <message>
        <source>&amp;Lock now</source>
        <extracomment>The idle minutes to choose from (0: never), and where the choice is kept. What counts as the person being there: a key, the mouse, a touch. Set by the composition root (app.py): open the data again (False: it couldn&apos;t, and the app says so and ends), and close it (the backups stopped first). The idle wait: started again by any input (see _Watch); a test can fire it.</extracomment>
        <translation>&amp;Bloquear ahora</translation>
    </message>
    <message>
        <source>Lock &amp;when idle</source>
        <translation>Bloquear tras un &amp;tiempo sin uso</translation>
    </message>
    <message>
        <source>&amp;Never</source>
        <translation>&amp;Nunca</translation>
    </message>
    <message>
        <source>After %1 minutes</source>
        <translation>Después de %1 minutos</translation>
    </message>
    <message>
        <source>Protect your journal with a passphrase first</source>
        <translation>Primero protege tu diario con una frase de contraseña</translation>
    </message>
    <message>
        <source>Your journal locks once the recovery code is put away.</source>
        <translation>Tu diario se bloquea en cuanto guardes el código de recuperación.</translation>
    </message>
    <message>
        <source>Some of what you wrote couldn&apos;t be saved yet, so your journal stays unlocked for now. It is still on screen.</source>
        <translation>Parte de lo que escribiste aún no se pudo guardar, así que tu diario sigue desbloqueado por ahora. Todavía está en pantalla.</translation>
    </message>
</context>
<context>
    <name>LookingBack</name>
    <message>
        <source>%1 — %2, mostly in the week of %3</source>
        <translation>%1 — %2, sobre todo en la semana del %3</translation>
    </message>
    <message>
        <source>%1 — %2, in the week of %3</source>
        <translation>%1 — %2, en la semana del %3</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Which stretch to look back on</source>
        <translation>Qué periodo mirar</translation>
    </message>
    <message>
        <source>The last 4 weeks</source>
        <translation>Las últimas 4 semanas</translation>
    </message>
    <message>
        <source>The last 3 months</source>
        <translation>Los últimos 3 meses</translation>
    </message>
    <message>
        <source>The last year</source>
        <translation>El último año</translation>
    </message>
    <message>
        <source>Since the last session</source>
        <translation>Desde la última sesión</translation>
    </message>
    <message>
        <source>Choose the days…</source>
        <translation>Elegir los días…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Mood and energy</source>
        <translation>Estado de ánimo y energía</translation>
    </message>
    <message>
        <source>Each step, week by week</source>
        <extracomment>Which outcome a week&apos;s mark shows when it holds several: the fullest step.</extracomment>
        <translation>Cada paso, semana a semana</translation>
    </message>
    <message>
        <source>What got in the way, and when</source>
        <translation>Qué se interpuso, y cuándo</translation>
    </message>
    <message>
        <source>Things you might notice</source>
        <translation>Cosas que quizá notes</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>Del %1 al %2</translation>
    </message>
    <message>
        <source>Use the arrow keys on the chart to hear each day or week.</source>
        <translation>Usa las flechas en el gráfico para escuchar cada día o semana.</translation>
    </message>
    <message>
        <source>Use the arrow keys on the chart to hear each week.</source>
        <translation>Usa las flechas en el gráfico para escuchar cada semana.</translation>
    </message>
    <message>
        <source>Nothing noted as getting in the way.</source>
        <translation>No se anotó nada que se interpusiera.</translation>
    </message>
    <message>
        <source>Once a few more weeks are written, some patterns may show here. There&apos;s no hurry.</source>
        <translation>Cuando haya unas semanas más escritas, quizá aparezcan aquí algunos patrones. No hay prisa.</translation>
    </message>
    <message>
        <source>Mood and energy over time</source>
        <extracomment>The facts of the column now current, in words (for a label under it and a reader).</extracomment>
        <translation>Estado de ánimo y energía a lo largo del tiempo</translation>
    </message>
    <message>
        <source>%1: marks in %2 of %3 weeks</source>
        <translation>%1: marcas en %2 de %3 semanas</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Action plan</source>
        <extracomment>How often the window looks whether the person&apos;s day has moved on (past midnight, or after the computer slept through it). The window has been drawn for the first time: the cue for work that can wait a moment. The tab on screen has been drawn with its data (once, after data_opened): the cue for work that can wait until the person&apos;s words are there to read. Whether the data is open read-only (show_read_only): nothing offers to write. The notice that the data folder is synced or remote (check_data_place), while shown.</extracomment>
        <translation>Plan de acción</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Diario</translation>
    </message>
    <message>
        <source>Encouragement</source>
        <translation>Ánimo</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <extracomment>The tabs (page 0), or the unlock screen while a protected journal is locked.</extracomment>
        <translation>%1 (solo lectura)</translation>
    </message>
    <message>
        <source>Your data is open read-only</source>
        <translation>Tus datos están abiertos en solo lectura</translation>
    </message>
    <message>
        <source>Between Sessions can&apos;t write to the folder that holds your data (%1), so it is showing your data read-only. You can read, search and export everything, and nothing you had has been changed. To write again, open your data from a folder you can write to, or ask whoever manages this disk or share.</source>
        <translation>Between Sessions no puede escribir en la carpeta donde están tus datos (%1), así que los muestra en solo lectura. Puedes leer, buscar y exportar todo, y no ha cambiado nada de lo que tenías. Para volver a escribir, abre tus datos desde una carpeta en la que puedas escribir, o pregunta a quien administre este disco o esta carpeta compartida.</translation>
    </message>
    <message>
        <source>Export everything…</source>
        <translation>Exportar todo…</translation>
    </message>
    <message>
        <source>Save a copy of all your data somewhere you can write to</source>
        <translation>Guarda una copia de todos tus datos en un lugar donde puedas escribir</translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation>Abrir la carpeta de datos</translation>
    </message>
    <message>
        <source>Show the folder in your file manager</source>
        <translation>Mostrar la carpeta en tu gestor de archivos</translation>
    </message>
    <message>
        <source>Your data is open read-only, so nothing can be saved here.</source>
        <translation>Tus datos están abiertos en solo lectura, así que aquí no se puede guardar nada.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Open &amp;data folder</source>
        <translation>Abrir la carpeta de &amp;datos</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>If you&apos;re in &amp;crisis…</source>
        <translation>Si estás en una &amp;crisis…</translation>
    </message>
    <message>
        <source>Your &amp;safety plan…</source>
        <translation>Tu plan de &amp;seguridad…</translation>
    </message>
    <message>
        <source>&amp;About %1</source>
        <translation>&amp;Acerca de %1</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Aún sin guardar</translation>
    </message>
    <message>
        <source>Some of what you wrote couldn&apos;t be saved yet.</source>
        <translation>Parte de lo que escribiste aún no se pudo guardar.</translation>
    </message>
    <message>
        <source>It is still on screen, and the app keeps trying to save it. If you close now, those last words will be lost. You could copy them somewhere safe first.</source>
        <translation>Todavía está en pantalla, y la app sigue intentando guardarlo. Si cierras ahora, esas últimas palabras se perderán. Puedes copiarlas antes en un lugar seguro.</translation>
    </message>
    <message>
        <source>Keep the app open</source>
        <translation>Mantener la app abierta</translation>
    </message>
    <message>
        <source>Close anyway</source>
        <translation>Cerrar de todos modos</translation>
    </message>
</context>
<context>
    <name>MarkDoneDialog</name>
    <message>
        <source>Mark the session as done</source>
        <translation>Marcar la sesión como hecha</translation>
    </message>
    <message>
        <source>A copy of this summary is kept: choose “Kept copy” above the summary to read it again. A fresh summary starts from the session&apos;s day. Questions you ticked go with the copy; the others stay for next time.</source>
        <translation>Se guarda una copia de este resumen: elige «Copia guardada» encima del resumen para volver a leerla. Un resumen nuevo empieza desde el día de la sesión. Las preguntas que marcaste van con la copia; las demás se quedan para la próxima vez.</translation>
    </message>
    <message>
        <source>Day of the session</source>
        <translation>Día de la sesión</translation>
    </message>
    <message>
        <source>The session was on</source>
        <translation>La sesión fue el</translation>
    </message>
    <message>
        <source>&amp;Mark as done</source>
        <translation>&amp;Marcar como hecha</translation>
    </message>
</context>
<context>
    <name>MeasuresChart</name>
    <message>
        <source>No mood or energy written in this stretch</source>
        <translation>No hay estado de ánimo ni energía anotados en este periodo</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>Semana del %1</translation>
    </message>
    <message>
        <source>mood %1</source>
        <translation>estado de ánimo %1</translation>
    </message>
    <message>
        <source>energy %1</source>
        <translation>energía %1</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Estado de ánimo</translation>
    </message>
    <message>
        <source>Energy (its words on the right)</source>
        <translation>Energía (sus palabras a la derecha)</translation>
    </message>
</context>
<context>
    <name>NewPassphrase</name>
    <message>
        <source>New passphrase</source>
        <translation>Nueva frase de contraseña</translation>
    </message>
    <message>
        <source>The same passphrase once more</source>
        <translation>La misma frase de contraseña otra vez</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nueva frase de contraseña:</translation>
    </message>
    <message>
        <source>The &amp;same once more:</source>
        <translation>La &amp;misma otra vez:</translation>
    </message>
    <message>
        <source>Type it twice, the same both times.</source>
        <translation>Escríbela dos veces, igual las dos veces.</translation>
    </message>
    <message>
        <source>A passphrase needs at least one character.</source>
        <translation>Una frase de contraseña necesita al menos un carácter.</translation>
    </message>
    <message>
        <source>The two are the same.</source>
        <translation>Las dos son iguales.</translation>
    </message>
    <message>
        <source>Now type it once more below.</source>
        <translation>Ahora escríbela otra vez abajo.</translation>
    </message>
    <message>
        <source>The two aren&apos;t the same yet.</source>
        <translation>Las dos aún no son iguales.</translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <source>Choose a new passphrase</source>
        <translation>Elige una nueva frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;Save the passphrase</source>
        <translation>&amp;Guardar la frase de contraseña</translation>
    </message>
    <message>
        <source>Your recovery code opens this journal. Choose a new passphrase for it: from now on it opens with the new passphrase, and with the same recovery code as before.</source>
        <translation>Tu código de recuperación abre este diario. Elige una nueva frase de contraseña para él: a partir de ahora se abre con la nueva frase de contraseña y con el mismo código de recuperación de antes.</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Edit your note</source>
        <translation>Editar tu nota</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>Añadir una nota</translation>
    </message>
    <message>
        <source>Words worth keeping: something your therapist said that helped, or a note to yourself for a harder day. Notes join the messages you see here.</source>
        <translation>Palabras que vale la pena guardar: algo que te dijo tu terapeuta y te ayudó, o una nota para ti para un día más difícil. Las notas se suman a los mensajes que ves aquí.</translation>
    </message>
    <message>
        <source>Kind of note</source>
        <translation>Tipo de nota</translation>
    </message>
    <message>
        <source>Your note</source>
        <translation>Tu nota</translation>
    </message>
    <message>
        <source>In your own words</source>
        <translation>Con tus propias palabras</translation>
    </message>
    <message>
        <source>Show it among the messages for the day</source>
        <translation>Mostrarla entre los mensajes del día</translation>
    </message>
    <message>
        <source>A note can be up to %1 characters.</source>
        <translation>Una nota puede tener hasta %1 caracteres.</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>Ti&amp;po</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Nota</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Close this notice</source>
        <extracomment>Narrower than this many average characters, the buttons go under the words. How much of the accent colour goes into the bar&apos;s background and its outline. The person put the bar away (its close button, or Escape): see allow_closing.</extracomment>
        <translation>Cerrar este aviso</translation>
    </message>
</context>
<context>
    <name>PlaceNotice</name>
    <message>
        <source>Your data is in a folder that %1 syncs</source>
        <extracomment>The data folders the person chose to keep where they are (a list of paths).</extracomment>
        <translation>Tus datos están en una carpeta que %1 sincroniza</translation>
    </message>
    <message>
        <source>Your data is on a network share</source>
        <translation>Tus datos están en una carpeta de red</translation>
    </message>
    <message>
        <source>%1 uploads files as they change, so your journal is uploaded to %1 too. It can also copy your data file while it is being written, or apart from the two small files beside it (ending in -wal and -shm), which can damage it. What helps: keep your data in a folder on this computer that isn&apos;t synced (now it is in %2). For a copy anywhere else, use Export everything… in the File menu.</source>
        <translation>%1 sube los archivos a medida que cambian, así que tu diario también se sube a %1. También puede copiar tu archivo de datos mientras se escribe, o por separado de los dos archivos pequeños que tiene al lado (terminados en -wal y -shm), y eso puede dañarlo. Lo que ayuda: guarda tus datos en una carpeta de este ordenador que no se sincronice (ahora están en %2). Para tener una copia en otro lugar, usa Exportar todo… en el menú Archivo.</translation>
    </message>
    <message>
        <source>Between Sessions writes to your data file and the two small files beside it (ending in -wal and -shm) while you use it. Over a network they can get out of step when the connection drops or another computer opens them, which can damage the file; and your journal is kept on that other computer. What helps: keep your data in a folder on this computer (now it is in %1). For a copy anywhere else, use Export everything… in the File menu.</source>
        <translation>Between Sessions escribe en tu archivo de datos y en los dos archivos pequeños que tiene al lado (terminados en -wal y -shm) mientras lo usas. En una red pueden desincronizarse si se corta la conexión o si otro ordenador los abre, y eso puede dañar el archivo; además, tu diario queda guardado en ese otro ordenador. Lo que ayuda: guarda tus datos en una carpeta de este ordenador (ahora están en %1). Para tener una copia en otro lugar, usa Exportar todo… en el menú Archivo.</translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation>Abrir la carpeta de datos</translation>
    </message>
    <message>
        <source>Show the folder in your file manager</source>
        <translation>Mostrar la carpeta en tu gestor de archivos</translation>
    </message>
    <message>
        <source>Keep it here</source>
        <translation>Dejarlos aquí</translation>
    </message>
    <message>
        <source>Don&apos;t mention this again for this folder</source>
        <translation>No volver a avisar para esta carpeta</translation>
    </message>
    <message>
        <source>Close this notice for now; it comes back at the next start (Esc)</source>
        <translation>Cerrar este aviso por ahora; vuelve en el próximo inicio (Esc)</translation>
    </message>
</context>
<context>
    <name>PlanDetail</name>
    <message>
        <source>&amp;Edit…</source>
        <extracomment>The newest adjustments shown whole in an item&apos;s history; older ones scroll.</extracomment>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Adjust…</source>
        <translation>&amp;Ajustar…</translation>
    </message>
    <message>
        <source>Make it smaller, change its rhythm or pause it</source>
        <translation>Hacerlo más pequeño, cambiar su ritmo o pausarlo</translation>
    </message>
    <message>
        <source>Adjustments</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Adjustment history</source>
        <translation>Historial de ajustes</translation>
    </message>
    <message>
        <source>When you make this step smaller, change its rhythm or pause it, the change is noted here, ready to talk about in your next session.</source>
        <translation>Cuando hagas este paso más pequeño, cambies su ritmo o lo pauses, el cambio se anota aquí, listo para hablarlo en tu próxima sesión.</translation>
    </message>
    <message>
        <source>Thought records about this step</source>
        <translation>Registros de pensamientos sobre este paso</translation>
    </message>
    <message>
        <source>Open in the journal (Enter or double-click)</source>
        <translation>Abrir en el diario (Intro o doble clic)</translation>
    </message>
    <message>
        <source>Smaller version: %1</source>
        <translation>Versión pequeña: %1</translation>
    </message>
    <message>
        <source>Pick &amp;up again</source>
        <translation>&amp;Retomar</translation>
    </message>
    <message>
        <source>Pa&amp;use</source>
        <translation>Pa&amp;usar</translation>
    </message>
    <message>
        <source>&amp;Bring back</source>
        <translation>&amp;Recuperar</translation>
    </message>
    <message>
        <source>Ret&amp;ire…</source>
        <translation>&amp;Retirar…</translation>
    </message>
</context>
<context>
    <name>PlanItemModel</name>
    <message>
        <source>this week: %1</source>
        <translation>esta semana: %1</translation>
    </message>
</context>
<context>
    <name>PlanTab</name>
    <message>
        <source>Plan items</source>
        <extracomment>The plan, and the journal&apos;s thought records shown with each item.</extracomment>
        <translation>Pasos del plan</translation>
    </message>
    <message>
        <source>Which plan items to show</source>
        <translation>Qué pasos del plan mostrar</translation>
    </message>
    <message>
        <source>Current plan</source>
        <translation>Plan actual</translation>
    </message>
    <message>
        <source>Retired items</source>
        <translation>Pasos retirados</translation>
    </message>
    <message>
        <source>Add plan item…</source>
        <translation>Añadir paso al plan…</translation>
    </message>
    <message>
        <source>Add a plan item (Ctrl+N)</source>
        <translation>Añadir un paso al plan (Ctrl+N)</translation>
    </message>
    <message>
        <source>Nothing is retired. Items you retire are kept here with their history.</source>
        <translation>No hay nada retirado. Los pasos que retires se guardan aquí con su historial.</translation>
    </message>
    <message>
        <source>Add your first plan item</source>
        <translation>Añade tu primer paso al plan</translation>
    </message>
    <message>
        <source>Your plan from therapy, one small step at a time</source>
        <translation>Tu plan de la terapia, un pequeño paso cada vez</translation>
    </message>
    <message>
        <source>Add the steps you agreed on in therapy, each with a smaller version for the harder days. Then check in when you like: done, the smaller version, tried, or just thought about it. Every one of those counts.

Nothing here is graded, and a day without a check-in is simply a day.</source>
        <translation>Añade los pasos que acordaste en terapia, cada uno con una versión pequeña para los días más difíciles. Luego regístralos cuando quieras: hecho, la versión pequeña, lo intenté o simplemente lo pensé. Cada una de esas cosas cuenta.

Aquí nada se califica, y un día sin registro es simplemente un día.</translation>
    </message>
    <message>
        <source>Retire plan item</source>
        <translation>Retirar paso del plan</translation>
    </message>
    <message>
        <source>Retire “%1”?</source>
        <translation>¿Retirar «%1»?</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Retirar</translation>
    </message>
    <message>
        <source>It leaves your current plan but is kept, with its check-ins and history, under Retired items. You can bring it back at any time.</source>
        <translation>Sale de tu plan actual, pero se guarda, con sus registros y su historial, en Pasos retirados. Puedes recuperarlo cuando quieras.</translation>
    </message>
</context>
<context>
    <name>PromptDialog</name>
    <message>
        <source>Start from a prompt</source>
        <translation>Empezar desde una sugerencia</translation>
    </message>
    <message>
        <source>Pick a question to write from. There is no right answer.</source>
        <translation>Elige una pregunta desde la que escribir. No hay respuesta correcta.</translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation>Sugerencias</translation>
    </message>
    <message>
        <source>&amp;Add your own…</source>
        <translation>&amp;Añadir la tuya…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Remove one of your own prompts</source>
        <translation>Quitar una de tus propias sugerencias</translation>
    </message>
    <message>
        <source>&amp;Use this prompt</source>
        <translation>&amp;Usar esta sugerencia</translation>
    </message>
    <message>
        <source>Your prompt was removed.</source>
        <translation>Se quitó tu sugerencia.</translation>
    </message>
    <message>
        <source>Undo removing your prompt</source>
        <translation>Deshacer: recuperar tu sugerencia</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Aún sin guardar</translation>
    </message>
    <message>
        <source>Your own prompts</source>
        <translation>Tus propias sugerencias</translation>
    </message>
    <message>
        <source>Prompts you add appear here.</source>
        <translation>Las sugerencias que añadas aparecen aquí.</translation>
    </message>
    <message>
        <source>Your own prompt</source>
        <translation>Tu propia sugerencia</translation>
    </message>
    <message>
        <source>A question you&apos;d like to write from:</source>
        <translation>Una pregunta desde la que te gustaría escribir:</translation>
    </message>
</context>
<context>
    <name>ProtectDialog</name>
    <message>
        <source>Protect with a passphrase</source>
        <translation>Proteger con una frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;Protect</source>
        <translation>&amp;Proteger</translation>
    </message>
    <message>
        <source>Protect your journal with a passphrase</source>
        <translation>Protege tu diario con una frase de contraseña</translation>
    </message>
    <message>
        <source>Your journal, your plan and everything else you keep here are encrypted on this computer, and so are their backups: without your passphrase, or the recovery code you are given next, no program can read them. The app asks for the passphrase when it starts.</source>
        <translation>Tu diario, tu plan y todo lo demás que guardas aquí se cifran en este ordenador, y también sus copias de seguridad: sin tu frase de contraseña, o el código de recuperación que recibirás a continuación, ningún programa puede leerlos. La app te pide la frase de contraseña al iniciarse.</translation>
    </message>
    <message>
        <source>What a passphrase doesn&apos;t protect:</source>
        <translation>Lo que una frase de contraseña no protege:</translation>
    </message>
    <message>
        <source>Files you export or save, such as an export or a session summary: anyone who can open them can read them.</source>
        <translation>Los archivos que exportas o guardas, como una exportación o un resumen de sesión: cualquiera que pueda abrirlos puede leerlos.</translation>
    </message>
    <message>
        <source>The window while it is open and unlocked: anyone at this computer can read what it shows.</source>
        <translation>La ventana mientras está abierta y desbloqueada: cualquiera frente a este ordenador puede leer lo que muestra.</translation>
    </message>
    <message>
        <source>A plain copy of the journal from before: a disk (an SSD especially) or a backup program may still keep one.</source>
        <translation>Una copia sin cifrar del diario de antes: un disco (sobre todo un SSD) o un programa de copias de seguridad aún podría conservar una.</translation>
    </message>
</context>
<context>
    <name>QuestionsBox</name>
    <message>
        <source>Your questions for the session</source>
        <translation>Tus preguntas para la sesión</translation>
    </message>
    <message>
        <source>Space ticks a question as asked; F2 or a double-click changes its words</source>
        <translation>Espacio marca una pregunta como hecha; F2 o un doble clic cambia sus palabras</translation>
    </message>
    <message>
        <source>Something you&apos;d like to ask or say</source>
        <translation>Algo que te gustaría preguntar o decir</translation>
    </message>
    <message>
        <source>New question</source>
        <translation>Nueva pregunta</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Tick a question once you&apos;ve asked it. Any you don&apos;t get to stay for next time.</source>
        <translation>Marca una pregunta cuando la hayas hecho. Las que no llegues a hacer se quedan para la próxima vez.</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Aún sin guardar</translation>
    </message>
    <message>
        <source>“%1” isn&apos;t saved yet. %2</source>
        <translation>«%1» aún no se ha guardado. %2</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeDialog</name>
    <message>
        <source>Your recovery code</source>
        <translation>Tu código de recuperación</translation>
    </message>
    <message>
        <source>If you ever forget your passphrase, this code opens your journal. Write it down or print it, and keep it somewhere safe, away from this computer. It is shown only this once.</source>
        <translation>Si alguna vez olvidas tu frase de contraseña, este código abre tu diario. Anótalo o imprímelo y guárdalo en un lugar seguro, lejos de este ordenador. Solo se muestra esta vez.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Código de recuperación</translation>
    </message>
    <message>
        <source>Without your passphrase and this code, nobody can open your journal, not even the makers of %1.</source>
        <translation>Sin tu frase de contraseña y este código, nadie puede abrir tu diario, ni siquiera quienes hacen %1.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>I&apos;ve &amp;kept it somewhere safe</source>
        <translation>Lo he &amp;guardado en un lugar seguro</translation>
    </message>
    <message>
        <source>Copied. Paste it where you keep it safe.</source>
        <translation>Copiado. Pégalo donde lo guardes de forma segura.</translation>
    </message>
    <message>
        <source>Print the recovery code</source>
        <translation>Imprimir el código de recuperación</translation>
    </message>
</context>
<context>
    <name>ReminderDialog</name>
    <message>
        <source>Reminder</source>
        <translation>Recordatorio</translation>
    </message>
    <message>
        <source>&amp;Remind me gently, once a day at most</source>
        <translation>&amp;Recordármelo con suavidad, como mucho una vez al día</translation>
    </message>
    <message>
        <source>Remind me gently, once a day at most</source>
        <translation>Recordármelo con suavidad, como mucho una vez al día</translation>
    </message>
    <message>
        <source>Time of the reminder</source>
        <translation>Hora del recordatorio</translation>
    </message>
    <message>
        <source>&amp;At:</source>
        <translation>&amp;A las:</translation>
    </message>
    <message>
        <source>On these &amp;days:</source>
        <translation>Estos &amp;días:</translation>
    </message>
    <message>
        <source>Words of the reminder</source>
        <translation>Palabras del recordatorio</translation>
    </message>
    <message>
        <source>&amp;Words:</source>
        <translation>&amp;Palabras:</translation>
    </message>
    <message>
        <source>It may mention my &amp;plan (never what is in it)</source>
        <translation>Puede mencionar mi p&amp;lan (nunca lo que contiene)</translation>
    </message>
    <message>
        <source>It may mention my plan</source>
        <translation>Puede mencionar mi plan</translation>
    </message>
    <message>
        <source>&amp;Start at login, quietly in the tray</source>
        <translation>&amp;Iniciar al entrar en la sesión, discretamente en la bandeja</translation>
    </message>
    <message>
        <source>Start at login, quietly in the tray</source>
        <translation>Iniciar al entrar en la sesión, discretamente en la bandeja</translation>
    </message>
    <message>
        <source>None on a day you have already checked in or written, and &quot;Not today&quot; quiets it until tomorrow. It never shows anything you wrote.</source>
        <translation>No aparece un día en que ya hayas registrado algo o escrito, y &quot;Hoy no&quot; lo calla hasta mañana. Nunca muestra nada de lo que escribiste.</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>&amp;Reminder…</source>
        <extracomment>What the reminder remembers between runs, beside its settings (ISO dates). A nudge was delivered (its words), for whoever listens (tests, the tray&apos;s tooltip).</extracomment>
        <translation>&amp;Recordatorio…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Not today</source>
        <translation>Hoy no</translation>
    </message>
    <message>
        <source>%1 (your reminder for %2)</source>
        <translation>%1 (tu recordatorio para %2)</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Recordatorio</translation>
    </message>
    <message>
        <source>Starting at login couldn&apos;t be set up: %1</source>
        <translation>No se pudo configurar el inicio al entrar en la sesión: %1</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>&amp;Check in</source>
        <translation>&amp;Registrar</translation>
    </message>
    <message>
        <source>&amp;Not today</source>
        <translation>Hoy &amp;no</translation>
    </message>
    <message>
        <source>If you&apos;re in &amp;crisis…</source>
        <translation>Si estás en una &amp;crisis…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Still here in the tray, so your reminder can come. To close the app completely, choose Quit in this icon&apos;s menu.</source>
        <translation>Sigue aquí, en la bandeja, para que pueda llegar tu recordatorio. Para cerrar la app del todo, elige Salir en el menú de este icono.</translation>
    </message>
</context>
<context>
    <name>RhythmPicker</name>
    <message>
        <source>Rhythm</source>
        <translation>Ritmo</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Days a week</source>
        <translation>Días a la semana</translation>
    </message>
</context>
<context>
    <name>SafetyItemDialog</name>
    <message>
        <source>Edit your safety plan</source>
        <translation>Editar tu plan de seguridad</translation>
    </message>
    <message>
        <source>Add to your safety plan</source>
        <translation>Añadir a tu plan de seguridad</translation>
    </message>
    <message>
        <source>Part of the plan</source>
        <translation>Parte del plan</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Número de teléfono</translation>
    </message>
    <message>
        <source>A number to call or text</source>
        <translation>Un número al que llamar o escribir</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Optional: when to call, what to say</source>
        <translation>Opcional: cuándo llamar, qué decir</translation>
    </message>
    <message>
        <source>&amp;Part</source>
        <translation>&amp;Parte</translation>
    </message>
    <message>
        <source>N&amp;umber</source>
        <translation>N&amp;úmero</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>N&amp;ota</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>Nom&amp;bre</translation>
    </message>
    <message>
        <source>&amp;In your words</source>
        <translation>&amp;Con tus palabras</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>In your words</source>
        <translation>Con tus palabras</translation>
    </message>
</context>
<context>
    <name>SafetyPlanView</name>
    <message>
        <source>This app is not emergency help</source>
        <extracomment>The person asked for the crisis help (the main window shows it).</extracomment>
        <translation>Esta app no es ayuda de emergencia</translation>
    </message>
    <message>
        <source>If you are in danger or can&apos;t keep yourself safe, call your local emergency number now, or a crisis line. Your plan below is for the moments before that: steps to try, people to reach, in the order that helps you.</source>
        <translation>Si estás en peligro o no puedes mantenerte a salvo, llama ahora a los servicios de emergencia de tu zona o a una línea de crisis. Tu plan de abajo es para los momentos antes de eso: pasos que probar, personas a las que acudir, en el orden que te ayude.</translation>
    </message>
    <message>
        <source>If you&apos;re in &amp;crisis…</source>
        <translation>Si estás en una &amp;crisis…</translation>
    </message>
    <message>
        <source>Your safety plan</source>
        <translation>Tu plan de seguridad</translation>
    </message>
    <message>
        <source>Enter to change a line, Insert to add one, Delete to remove</source>
        <translation>Intro para cambiar una línea, Insert para añadir una, Supr para quitarla</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Añadir…</translation>
    </message>
    <message>
        <source>Add a line to the selected part of the plan</source>
        <translation>Añadir una línea a la parte del plan seleccionada</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Quitar…</translation>
    </message>
    <message>
        <source>Your safety plan, to read here. It can be changed again once your data is open from a folder you can write to.</source>
        <translation>Tu plan de seguridad, para leerlo aquí. Podrás cambiarlo de nuevo cuando tus datos estén abiertos desde una carpeta en la que puedas escribir.</translation>
    </message>
    <message>
        <source>Your safety plan is yours to write, ideally with your therapist. Fill in what you can; one line is a good start.</source>
        <translation>Tu plan de seguridad lo escribes tú, idealmente con tu terapeuta. Rellena lo que puedas; una línea es un buen comienzo.</translation>
    </message>
    <message>
        <source>Remove from your safety plan</source>
        <translation>Quitar de tu plan de seguridad</translation>
    </message>
    <message>
        <source>Remove “%1” from your safety plan?</source>
        <translation>¿Quitar «%1» de tu plan de seguridad?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <source>Your sessions</source>
        <translation>Tus sesiones</translation>
    </message>
    <message>
        <source>The summary for your next session covers everything since the last one. Dates are only kept here, on this computer.</source>
        <translation>El resumen para tu próxima sesión abarca todo desde la anterior. Las fechas solo se guardan aquí, en este ordenador.</translation>
    </message>
    <message>
        <source>I know when my &amp;next session is</source>
        <translation>Sé cuándo es mi &amp;próxima sesión</translation>
    </message>
    <message>
        <source>Next session</source>
        <translation>Próxima sesión</translation>
    </message>
    <message>
        <source>How often sessions come</source>
        <translation>Cada cuánto hay sesión</translation>
    </message>
    <message>
        <source>My &amp;last session was on</source>
        <translation>Mi ú&amp;ltima sesión fue el</translation>
    </message>
    <message>
        <source>Last session</source>
        <translation>Última sesión</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Fecha</translation>
    </message>
    <message>
        <source>&amp;Repeats</source>
        <translation>&amp;Se repite</translation>
    </message>
    <message>
        <source>Da&amp;y</source>
        <translation>&amp;Día</translation>
    </message>
</context>
<context>
    <name>SessionPrep</name>
    <message>
        <source>No date set for your next session</source>
        <translation>Próxima sesión: sin fecha</translation>
    </message>
    <message>
        <source>Set it to see how long there is to go. It&apos;s fine not to know yet.</source>
        <translation>Ponla para ver cuánto falta. Está bien no saberlo aún.</translation>
    </message>
    <message>
        <source>Your session is today</source>
        <translation>Tu sesión es hoy</translation>
    </message>
    <message>
        <source>Next session tomorrow</source>
        <translation>Próxima sesión mañana</translation>
    </message>
    <message>
        <source>Your session was on %1</source>
        <translation>Tu sesión fue el %1</translation>
    </message>
    <message>
        <source>When it&apos;s done, mark it as done to keep this summary and start a fresh one.</source>
        <translation>Cuando haya pasado, márcala como hecha para guardar este resumen y empezar uno nuevo.</translation>
    </message>
    <message>
        <source>Which summary to show</source>
        <translation>Qué resumen mostrar</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Include the &amp;charts of these days</source>
        <translation>Incluir los &amp;gráficos de estos días</translation>
    </message>
    <message>
        <source>Mood and energy, and each step week by week, as pictures and a table</source>
        <translation>Estado de ánimo y energía, y cada paso semana a semana, en imágenes y en una tabla</translation>
    </message>
    <message>
        <source>Session summary</source>
        <translation>Resumen de la sesión</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Guardar como P&amp;DF…</translation>
    </message>
    <message>
        <source>Save as &amp;Markdown…</source>
        <translation>Guardar como &amp;Markdown…</translation>
    </message>
    <message>
        <source>Mark session as d&amp;one…</source>
        <translation>Marcar la sesión como &amp;hecha…</translation>
    </message>
    <message>
        <source>Keep a copy of this summary and start a fresh one from the session&apos;s day</source>
        <translation>Guardar una copia de este resumen y empezar uno nuevo desde el día de la sesión</translation>
    </message>
    <message>
        <source>Next session</source>
        <translation>Próxima sesión</translation>
    </message>
    <message>
        <source>Set the da&amp;te…</source>
        <translation>Poner la &amp;fecha…</translation>
    </message>
    <message>
        <source>Since %1 (your last session)</source>
        <translation>Desde el %1 (tu última sesión)</translation>
    </message>
    <message>
        <source>The last two weeks</source>
        <translation>Las dos últimas semanas</translation>
    </message>
    <message>
        <source>Choose the days…</source>
        <translation>Elegir los días…</translation>
    </message>
    <message>
        <source>Kept copy: the session on %1</source>
        <translation>Copia guardada: la sesión del %1</translation>
    </message>
    <message>
        <source>A copy of the summary is kept: choose “Kept copy” above it to read it again. A fresh one starts from %1.</source>
        <translation>Se guarda una copia del resumen: elige «Copia guardada» encima para volver a leerla. Uno nuevo empieza desde el %1.</translation>
    </message>
    <message>
        <source>The summary holds your check-ins, what got in the way, your questions and the journal entries you marked to bring to your session.</source>
        <translation>El resumen contiene tus registros, lo que se interpuso, tus preguntas y las entradas del diario que marcaste para llevar a tu sesión.</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Guardado como %1</translation>
    </message>
    <message>
        <source>The summary couldn&apos;t be saved (%1). Nothing else was changed.</source>
        <translation>No se pudo guardar el resumen (%1). No cambió nada más.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Sin guardar</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Guardar como PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Session prep</source>
        <translation>Preparar la sesión</translation>
    </message>
    <message>
        <source>Save as Markdown</source>
        <translation>Guardar como Markdown</translation>
    </message>
    <message>
        <source>Markdown files (*.md *.markdown)</source>
        <translation>Archivos Markdown (*.md *.markdown)</translation>
    </message>
    <message>
        <source>Print the session summary</source>
        <translation>Imprimir el resumen de la sesión</translation>
    </message>
</context>
<context>
    <name>SmallWinsView</name>
    <message>
        <source>Earlier week</source>
        <translation>Semana anterior</translation>
    </message>
    <message>
        <source>Earlier week (Alt+Left)</source>
        <translation>Semana anterior (Alt+Left)</translation>
    </message>
    <message>
        <source>Later week</source>
        <translation>Semana siguiente</translation>
    </message>
    <message>
        <source>Later week (Alt+Right)</source>
        <translation>Semana siguiente (Alt+Right)</translation>
    </message>
    <message>
        <source>This &amp;week</source>
        <translation>Esta &amp;semana</translation>
    </message>
    <message>
        <source>Week shown</source>
        <translation>Semana mostrada</translation>
    </message>
    <message>
        <source>Everything that counted as a step: done, the smaller version, tried, thought about it, and what you wrote. Add anything else that took effort.</source>
        <translation>Todo lo que contó como un paso: hecho, la versión pequeña, lo intenté, lo pensé y lo que escribiste. Añade cualquier otra cosa que te costó esfuerzo.</translation>
    </message>
    <message>
        <source>Small wins</source>
        <translation>Pequeños logros</translation>
    </message>
    <message>
        <source>A small win, in your own words</source>
        <translation>Un pequeño logro, con tus propias palabras</translation>
    </message>
    <message>
        <source>New small win</source>
        <translation>Nuevo pequeño logro</translation>
    </message>
    <message>
        <source>Day of the win</source>
        <translation>Día del logro</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Remove a win you added by hand</source>
        <translation>Quitar un logro que añadiste a mano</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Aún sin guardar</translation>
    </message>
    <message>
        <source>The win was removed.</source>
        <translation>Se quitó el logro.</translation>
    </message>
    <message>
        <source>Undo removing the win</source>
        <translation>Deshacer: recuperar el logro</translation>
    </message>
    <message>
        <source>This week · %1</source>
        <translation>Esta semana · %1</translation>
    </message>
    <message>
        <source>Nothing noted yet this week, and that&apos;s fine. A small win can be very small: getting up, opening a window, asking for help.</source>
        <translation>Aún no hay nada anotado esta semana, y está bien. Un pequeño logro puede ser muy pequeño: levantarte, abrir una ventana, pedir ayuda.</translation>
    </message>
    <message>
        <source>A quiet week on this page.</source>
        <translation>Una semana tranquila en esta página.</translation>
    </message>
</context>
<context>
    <name>StepsChart</name>
    <message>
        <source>No steps in the plan</source>
        <translation>No hay pasos en el plan</translation>
    </message>
    <message>
        <source>nothing marked</source>
        <translation>nada marcado</translation>
    </message>
</context>
<context>
    <name>SummaryCharts</name>
    <message>
        <source>Looking back</source>
        <extracomment>The charts&apos; width on paper, in the layout&apos;s pixels (the text&apos;s width on A4 is about 640), drawn at twice that for a sharp print.</extracomment>
        <translation>Mirar atrás</translation>
    </message>
    <message>
        <source>Mood and energy</source>
        <translation>Estado de ánimo y energía</translation>
    </message>
    <message>
        <source>Each step, week by week</source>
        <translation>Cada paso, semana a semana</translation>
    </message>
    <message>
        <source>Week of</source>
        <translation>Semana del</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Estado de ánimo</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energía</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>What got in the way, and when</source>
        <translation>Qué se interpuso, y cuándo</translation>
    </message>
    <message>
        <source>Things you might notice</source>
        <translation>Cosas que quizá notes</translation>
    </message>
</context>
<context>
    <name>ThoughtRecordForm</name>
    <message>
        <source>Thought record</source>
        <extracomment>How the strength of a feeling moves with the arrows, and the step below 0 that stands for &quot;not said&quot; (shown as &quot;How strong?&quot;).</extracomment>
        <translation>Registro de pensamientos</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situación</translation>
    </message>
    <message>
        <source>What was happening?</source>
        <translation>¿Qué estaba pasando?</translation>
    </message>
    <message>
        <source>The thought</source>
        <translation>El pensamiento</translation>
    </message>
    <message>
        <source>What went through your mind?</source>
        <translation>¿Qué se te pasó por la cabeza?</translation>
    </message>
    <message>
        <source>What it made me feel</source>
        <translation>Lo que me hizo sentir</translation>
    </message>
    <message>
        <source>anxious, ashamed, tired…</source>
        <translation>ansiedad, vergüenza, cansancio…</translation>
    </message>
    <message>
        <source>How strongly</source>
        <translation>Con qué intensidad</translation>
    </message>
    <message>
        <source>How strong?</source>
        <translation>¿Con qué intensidad?</translation>
    </message>
    <message>
        <source>What a kind friend would say</source>
        <translation>Lo que diría una persona amiga</translation>
    </message>
    <message>
        <source>If a friend had this thought, what would you tell them?</source>
        <translation>Si una persona amiga tuviera este pensamiento, ¿qué le dirías?</translation>
    </message>
    <message>
        <source>A more balanced thought</source>
        <translation>Un pensamiento más equilibrado</translation>
    </message>
    <message>
        <source>Something truer and gentler</source>
        <translation>Algo más cierto y más amable</translation>
    </message>
    <message>
        <source>Plan item it got in the way of</source>
        <translation>Paso del plan con el que se interpuso</translation>
    </message>
    <message>
        <source>It made me feel</source>
        <translation>Me hizo sentir</translation>
    </message>
    <message>
        <source>A kind friend</source>
        <translation>Una persona amiga</translation>
    </message>
    <message>
        <source>Balanced thought</source>
        <translation>Pensamiento equilibrado</translation>
    </message>
    <message>
        <source>Got in the way of</source>
        <translation>Se interpuso con</translation>
    </message>
    <message>
        <source>No plan item</source>
        <translation>Ningún paso del plan</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>A message for today</source>
        <extracomment>The most lines the message keeps room for (an own note longer than that may push).</extracomment>
        <translation>Un mensaje para hoy</translation>
    </message>
    <message>
        <source>A&amp;nother one</source>
        <translation>&amp;Otro</translation>
    </message>
    <message>
        <source>Show a different message for today</source>
        <translation>Mostrar otro mensaje para hoy</translation>
    </message>
    <message>
        <source>&amp;Keep this one</source>
        <translation>&amp;Guardar este</translation>
    </message>
    <message>
        <source>Keep it among your kept messages</source>
        <translation>Guardarlo entre tus mensajes guardados</translation>
    </message>
    <message>
        <source>Don&apos;t show this &amp;again</source>
        <translation>No volver a &amp;mostrarlo</translation>
    </message>
    <message>
        <source>Ke&amp;pt messages…</source>
        <translation>Mensajes g&amp;uardados…</translation>
    </message>
    <message>
        <source>The messages you kept, and the ones you set aside</source>
        <translation>Los mensajes que guardaste y los que apartaste</translation>
    </message>
    <message>
        <source>That message won&apos;t be shown again.</source>
        <translation>Ese mensaje no se volverá a mostrar.</translation>
    </message>
    <message>
        <source>Your own notes</source>
        <translation>Tus propias notas</translation>
    </message>
    <message>
        <source>What your therapist said, or a note to future you. They come up among the messages above.</source>
        <translation>Lo que dijo tu terapeuta, o una nota para tu yo del futuro. Aparecen entre los mensajes de arriba.</translation>
    </message>
    <message>
        <source>Edit with Enter or a double-click</source>
        <translation>Editar con Intro o con doble clic</translation>
    </message>
    <message>
        <source>Add a no&amp;te…</source>
        <translation>Añadir una &amp;nota…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Borrar…</translation>
    </message>
    <message>
        <source>You&apos;ve set every message aside. Notes you add below will show up here, or let some messages back in under Kept messages.</source>
        <translation>Has apartado todos los mensajes. Las notas que añadas abajo aparecerán aquí, o puedes recuperar algunos mensajes en Mensajes guardados.</translation>
    </message>
    <message>
        <source>&amp;Kept</source>
        <translation>&amp;Guardado</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>Borrar nota</translation>
    </message>
    <message>
        <source>Delete this note?</source>
        <translation>¿Borrar esta nota?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
</context>
<context>
    <name>TurnOffDialog</name>
    <message>
        <source>Turn off protection</source>
        <translation>Quitar la protección</translation>
    </message>
    <message>
        <source>&amp;Turn off protection</source>
        <translation>&amp;Quitar la protección</translation>
    </message>
    <message>
        <source>Turn off the passphrase?</source>
        <translation>¿Quitar la frase de contraseña?</translation>
    </message>
    <message>
        <source>Your journal becomes a plain file again: any program on this computer can read it, and so can anyone who copies it. Backups made from now on are plain too. The backups made while it was protected stay protected: they open with your passphrase or your recovery code.</source>
        <translation>Tu diario vuelve a ser un archivo sin cifrar: cualquier programa de este ordenador puede leerlo, y también cualquiera que lo copie. Las copias de seguridad que se hagan a partir de ahora también irán sin cifrar. Las copias hechas mientras estaba protegido siguen protegidas: se abren con tu frase de contraseña o con tu código de recuperación.</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <source>This journal is protected with a passphrase.</source>
        <extracomment>How the screen unlocks: protect.unlock(db_path, passphrase=… | recovery_code=…). The journal&apos;s key is at hand: &quot;&quot; (the passphrase opened it), or the recovery code. The person asked for crisis help (generic: nothing of theirs is shown while locked).</extracomment>
        <translation>Este diario está protegido con una frase de contraseña.</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>If you&apos;re in &amp;crisis…</source>
        <translation>Si estás en una &amp;crisis…</translation>
    </message>
    <message>
        <source>If you&apos;re in crisis</source>
        <translation>Si estás en una crisis</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Código de recuperación</translation>
    </message>
    <message>
        <source>Type the recovery code you wrote down or printed.</source>
        <translation>Escribe el código de recuperación que anotaste o imprimiste.</translation>
    </message>
    <message>
        <source>Use your &amp;passphrase instead</source>
        <translation>Usar tu &amp;frase de contraseña en su lugar</translation>
    </message>
    <message>
        <source>Use your passphrase instead</source>
        <translation>Usar tu frase de contraseña en su lugar</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>Use your &amp;recovery code instead</source>
        <translation>Usar tu código de &amp;recuperación en su lugar</translation>
    </message>
    <message>
        <source>Use your recovery code instead</source>
        <translation>Usar tu código de recuperación en su lugar</translation>
    </message>
    <message>
        <source>That passphrase doesn&apos;t open this journal. Take your time and try again.</source>
        <translation>Esa frase de contraseña no abre este diario. Tómate tu tiempo y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>That recovery code doesn&apos;t open this journal. Check each group of four against the code you wrote down, and try again.</source>
        <translation>Ese código de recuperación no abre este diario. Compara cada grupo de cuatro con el código que anotaste y vuelve a intentarlo.</translation>
    </message>
</context>
<context>
    <name>WeekView</name>
    <message>
        <source>Week view</source>
        <translation>Vista de la semana</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>Semana anterior</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Semana siguiente</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>Semana del %1</translation>
    </message>
</context>
<context>
    <name>_WorkDialog</name>
    <message>
        <source>That couldn&apos;t be done (%1). Your journal was left as it was.</source>
        <translation>No se pudo hacer (%1). Tu diario se quedó como estaba.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Something unexpected happened and that last action may not have been saved. Everything saved before it is safe.

Details: %1</source>
        <extracomment>The exit codes. EXIT_OK also when SIGTERM or SIGHUP (a logout, a shutdown, `kill`) ended the app: it closed as a close does. EXIT_DATA_DIR also when the lock file beside the data couldn&apos;t be written for another reason than a full disk (the folder can&apos;t be written to).</extracomment>
        <translation>Pasó algo inesperado y puede que esa última acción no se haya guardado. Todo lo guardado antes está a salvo.

Detalles: %1</translation>
    </message>
</context>
<context>
    <name>encouragement</name>
    <message>
        <source>%1 (not among the messages)</source>
        <translation>%1 (no está entre los mensajes)</translation>
    </message>
    <message>
        <source>asked</source>
        <extracomment>Stores a change to a question: (question id, new text or None, done or None) -&gt; stored? The data is open read-only: a question can&apos;t be ticked or changed (only read).</extracomment>
        <translation>hecha</translation>
    </message>
    <message>
        <source>to ask</source>
        <translation>por hacer</translation>
    </message>
    <message>
        <source>Wrote in your journal</source>
        <translation>Escribiste en tu diario</translation>
    </message>
    <message>
        <source>Wrote in your journal: %1</source>
        <translation>Escribiste en tu diario: %1</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Your disk is full; nothing was lost, and what you typed is still here. Freeing a little space lets the app save it; it will keep trying.</source>
        <extracomment>Said where the app keeps retrying by itself (autosave, a check-in): the words are safe.</extracomment>
        <translation>Tu disco está lleno; no se perdió nada y lo que escribiste sigue aquí. Si liberas un poco de espacio, la app podrá guardarlo; seguirá intentándolo.</translation>
    </message>
    <message>
        <source>The folder that holds your data can&apos;t be written to right now; nothing was lost, and what you typed is still here. The app will keep trying to save it.</source>
        <translation>Ahora mismo no se puede escribir en la carpeta donde están tus datos; no se perdió nada y lo que escribiste sigue aquí. La app seguirá intentando guardarlo.</translation>
    </message>
    <message>
        <source>Another program is holding your data file for the moment; nothing was lost, and what you typed is still here. The app will keep trying to save it.</source>
        <translation>Otro programa está usando tu archivo de datos en este momento; no se perdió nada y lo que escribiste sigue aquí. La app seguirá intentando guardarlo.</translation>
    </message>
    <message>
        <source>The disk didn&apos;t answer when the app tried to save; nothing was lost, and what you typed is still here. The app will keep trying to save it.</source>
        <translation>El disco no respondió cuando la app intentó guardar; no se perdió nada y lo que escribiste sigue aquí. La app seguirá intentando guardarlo.</translation>
    </message>
    <message>
        <source>The app is still checking your data file, as it does after it starts; nothing was lost, and what you typed is still here. It is saved as soon as the check is done.</source>
        <translation>La app aún está comprobando tu archivo de datos, como hace después de iniciarse; no se perdió nada y lo que escribiste sigue aquí. Se guardará en cuanto termine la comprobación.</translation>
    </message>
    <message>
        <source>A routine check found that your data file may be damaged, so the app is keeping it exactly as it is and not saving to it. What you typed is still here: you could copy it somewhere safe, then close Between Sessions and open it again to go on from your newest good backup.</source>
        <translation>Una comprobación rutinaria encontró que tu archivo de datos puede estar dañado, así que la app lo conserva tal cual y no guarda en él. Lo que escribiste sigue aquí: puedes copiarlo en un lugar seguro, cerrar Between Sessions y volver a abrirlo para seguir desde tu copia de seguridad buena más reciente.</translation>
    </message>
    <message>
        <source>Your disk is full, so this couldn&apos;t be saved yet. Your words are still here: free a little space, then try again.</source>
        <extracomment>Said in a form or field that waits for the person to try again (nothing retries there).</extracomment>
        <translation>Tu disco está lleno, así que esto aún no se pudo guardar. Tus palabras siguen aquí: libera un poco de espacio y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The folder that holds your data can&apos;t be written to right now, so this couldn&apos;t be saved yet. Your words are still here; try again in a moment.</source>
        <translation>Ahora mismo no se puede escribir en la carpeta donde están tus datos, así que esto aún no se pudo guardar. Tus palabras siguen aquí; vuelve a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>Another program is holding your data file for the moment, so this couldn&apos;t be saved yet. Your words are still here; try again in a moment.</source>
        <translation>Otro programa está usando tu archivo de datos en este momento, así que esto aún no se pudo guardar. Tus palabras siguen aquí; vuelve a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>The disk didn&apos;t answer, so this couldn&apos;t be saved yet. Your words are still here; try again in a moment.</source>
        <translation>El disco no respondió, así que esto aún no se pudo guardar. Tus palabras siguen aquí; vuelve a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>The app is still checking your data file, as it does after it starts, so this isn&apos;t saved yet. Your words are still here; try again in a moment.</source>
        <translation>La app aún está comprobando tu archivo de datos, como hace después de iniciarse, así que esto aún no se ha guardado. Tus palabras siguen aquí; vuelve a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>A routine check found that your data file may be damaged, so the app isn&apos;t saving to it. Your words are still here: you could copy them somewhere safe, then close Between Sessions and open it again to go on from your newest good backup.</source>
        <translation>Una comprobación rutinaria encontró que tu archivo de datos puede estar dañado, así que la app no guarda en él. Tus palabras siguen aquí: puedes copiarlas en un lugar seguro, cerrar Between Sessions y volver a abrirlo para seguir desde tu copia de seguridad buena más reciente.</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <extracomment>Why a file couldn&apos;t be opened, a backup made or restored: the end of a sentence.</extracomment>
        <translation>el disco está lleno</translation>
    </message>
    <message>
        <source>its folder can&apos;t be written to</source>
        <translation>no se puede escribir en su carpeta</translation>
    </message>
    <message>
        <source>another program is holding it</source>
        <translation>otro programa lo está usando</translation>
    </message>
    <message>
        <source>the disk didn&apos;t answer</source>
        <translation>el disco no respondió</translation>
    </message>
    <message>
        <source>your disk is full</source>
        <translation>tu disco está lleno</translation>
    </message>
    <message>
        <source>the backups folder can&apos;t be written to</source>
        <translation>no se puede escribir en la carpeta de copias de seguridad</translation>
    </message>
    <message>
        <source>another program is holding the data file</source>
        <translation>otro programa está usando el archivo de datos</translation>
    </message>
    <message>
        <source>of an unexpected problem: %1</source>
        <translation>hubo un problema inesperado: %1</translation>
    </message>
    <message>
        <source>This plan item</source>
        <translation>Este paso del plan</translation>
    </message>
    <message>
        <source>This journal entry</source>
        <translation>Esta entrada del diario</translation>
    </message>
    <message>
        <source>This note</source>
        <translation>Esta nota</translation>
    </message>
    <message>
        <source>This line of your safety plan</source>
        <translation>Esta línea de tu plan de seguridad</translation>
    </message>
    <message>
        <source>This question</source>
        <translation>Esta pregunta</translation>
    </message>
    <message>
        <source>This kept summary</source>
        <translation>Este resumen guardado</translation>
    </message>
    <message>
        <source>This prompt</source>
        <translation>Esta sugerencia</translation>
    </message>
    <message>
        <source>This</source>
        <translation>Esto</translation>
    </message>
    <message>
        <source>%1 Nothing was changed.</source>
        <translation>%1 No se cambió nada.</translation>
    </message>
    <message>
        <source>In %1, row %2, %3</source>
        <translation>En %1, fila %2, %3</translation>
    </message>
    <message>
        <source>A plan item needs a few words as its title.</source>
        <extracomment>Every other code, by code. %1, %2, ... are the details named in DETAILS, in that order.</extracomment>
        <translation>Un paso del plan necesita unas palabras como título.</translation>
    </message>
    <message>
        <source>A title can be up to %1 characters; please shorten it.</source>
        <translation>Un título puede tener hasta %1 caracteres; acórtalo un poco.</translation>
    </message>
    <message>
        <source>This text is longer than %1 characters; please shorten it.</source>
        <translation>Este texto tiene más de %1 caracteres; acórtalo un poco.</translation>
    </message>
    <message>
        <source>Some days a week means between one and six days.</source>
        <translation>Algunos días a la semana significa entre uno y seis días.</translation>
    </message>
    <message>
        <source>Mood is chosen from 1 to 5, or left empty.</source>
        <translation>El estado de ánimo se elige del 1 al 5, o se deja vacío.</translation>
    </message>
    <message>
        <source>Energy is chosen from 1 to 5, or left empty.</source>
        <translation>La energía se elige del 1 al 5, o se deja vacía.</translation>
    </message>
    <message>
        <source>How strong a feeling was is given from 0 to 100.</source>
        <translation>La intensidad de un sentimiento se indica del 0 al 100.</translation>
    </message>
    <message>
        <source>A tag can be up to %1 characters.</source>
        <translation>Una etiqueta puede tener hasta %1 caracteres.</translation>
    </message>
    <message>
        <source>This entry is longer than the journal can keep in one piece.</source>
        <translation>Esta entrada es más larga de lo que el diario puede guardar de una vez.</translation>
    </message>
    <message>
        <source>A line of the safety plan needs a few words.</source>
        <translation>Una línea del plan de seguridad necesita unas palabras.</translation>
    </message>
    <message>
        <source>A note needs a few words.</source>
        <translation>Una nota necesita unas palabras.</translation>
    </message>
    <message>
        <source>A small win needs a few words.</source>
        <translation>Un pequeño logro necesita unas palabras.</translation>
    </message>
    <message>
        <source>A question needs a few words.</source>
        <translation>Una pregunta necesita unas palabras.</translation>
    </message>
    <message>
        <source>A prompt needs a few words.</source>
        <translation>Una sugerencia necesita unas palabras.</translation>
    </message>
    <message>
        <source>A session can be marked as done on its day or after it.</source>
        <translation>Una sesión se puede marcar como hecha el mismo día o después.</translation>
    </message>
    <message>
        <source>This summary is too long to keep.</source>
        <translation>Este resumen es demasiado largo para guardarlo.</translation>
    </message>
    <message>
        <source>Your own notes are always kept.</source>
        <translation>Tus propias notas siempre se guardan.</translation>
    </message>
    <message>
        <source>A tag needs a few letters.</source>
        <translation>Una etiqueta necesita unas letras.</translation>
    </message>
    <message>
        <source>A kept summary&apos;s period ends before it starts.</source>
        <translation>El periodo de un resumen guardado termina antes de empezar.</translation>
    </message>
    <message>
        <source>A message needs its name.</source>
        <translation>Un mensaje necesita su nombre.</translation>
    </message>
    <message>
        <source>%1 was saved by a newer version of Between Sessions (data format %2; this version understands up to %3). To keep your data safe it has not been opened or changed. Please install the newer version to use it.</source>
        <translation>%1 se guardó con una versión más reciente de Between Sessions (formato de datos %2; esta versión entiende hasta el %3). Para mantener tus datos a salvo, no se ha abierto ni cambiado. Instala la versión más reciente para usarlo.</translation>
    </message>
    <message>
        <source>%1 is a database, but not one made by Between Sessions. The app has left it exactly as it is.</source>
        <translation>%1 es una base de datos, pero no de Between Sessions. La app lo ha dejado tal como está.</translation>
    </message>
    <message>
        <source>%1 is not a Between Sessions data file (it is not a database at all). The app has left it exactly as it is.</source>
        <translation>%1 no es un archivo de datos de Between Sessions (ni siquiera es una base de datos). La app lo ha dejado tal como está.</translation>
    </message>
    <message>
        <source>%1 could not be read (%2). The app has left it exactly as it is.</source>
        <translation>No se pudo leer %1 (%2). La app lo ha dejado tal como está.</translation>
    </message>
    <message>
        <source>%1 is empty. It may have been cut short when it was copied; the app has left it exactly as it is.</source>
        <translation>%1 está vacío. Puede que se cortara al copiarlo; la app lo ha dejado tal como está.</translation>
    </message>
    <message>
        <source>%1 looks damaged: its check found a problem (%2). The app has not changed it.</source>
        <translation>%1 parece dañado: su comprobación encontró un problema (%2). La app no lo ha cambiado.</translation>
    </message>
    <message>
        <source>The copy of %1 did not pass its check, so it was not kept.</source>
        <translation>La copia de %1 no pasó su comprobación, así que no se guardó.</translation>
    </message>
    <message>
        <source>There is no data file at %1 yet.</source>
        <translation>Aún no hay ningún archivo de datos en %1.</translation>
    </message>
    <message>
        <source>%1 needs updating to this version&apos;s data format first; close the app and try again.</source>
        <translation>Primero hay que actualizar %1 al formato de datos de esta versión; cierra la app y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>This copy of Between Sessions uses SQLite %1, and keeping your data needs %2 or newer. Nothing was opened or changed. The app from its own installer brings what it needs.</source>
        <translation>Esta copia de Between Sessions usa SQLite %1, y para guardar tus datos hace falta la %2 o una más reciente. No se abrió ni cambió nada. La app de su propio instalador trae lo que necesita.</translation>
    </message>
    <message>
        <source>This copy of Between Sessions uses an SQLite (%1) without full-text search, which the journal&apos;s search needs. Nothing was opened or changed. The app from its own installer brings what it needs.</source>
        <translation>Esta copia de Between Sessions usa un SQLite (%1) sin búsqueda de texto completo, que la búsqueda del diario necesita. No se abrió ni cambió nada. La app de su propio instalador trae lo que necesita.</translation>
    </message>
    <message>
        <source>%1 is protected with a passphrase. It opens with its passphrase or its recovery code; nothing in it was changed.</source>
        <translation>%1 está protegido con una frase de contraseña. Se abre con su frase de contraseña o su código de recuperación; no se cambió nada en él.</translation>
    </message>
    <message>
        <source>That passphrase doesn&apos;t open this journal. Nothing was changed; you can try again as often as you like.</source>
        <translation>Esa frase de contraseña no abre este diario. No se cambió nada; puedes volver a intentarlo tantas veces como quieras.</translation>
    </message>
    <message>
        <source>That recovery code doesn&apos;t open this journal. Nothing was changed; check each group of four against the code you wrote down.</source>
        <translation>Ese código de recuperación no abre este diario. No se cambió nada; compara cada grupo de cuatro con el código que anotaste.</translation>
    </message>
    <message>
        <source>A passphrase needs at least one character.</source>
        <translation>Una frase de contraseña necesita al menos un carácter.</translation>
    </message>
    <message>
        <source>The file beside your data that keeps its keys can&apos;t be read (%1). Your data and that file have been left exactly as they are.</source>
        <translation>No se puede leer el archivo que está junto a tus datos y guarda sus claves (%1). Tus datos y ese archivo se han dejado tal como están.</translation>
    </message>
    <message>
        <source>%1 isn&apos;t there: it keeps the keys to this protected journal. Your data has been left exactly as it is.</source>
        <translation>%1 no está: guarda las claves de este diario protegido. Tus datos se han dejado tal como están.</translation>
    </message>
    <message>
        <source>This backup was made while the journal was protected with other keys (before it was last protected anew), so it can&apos;t take the journal&apos;s place here. Your journal was left exactly as it was.</source>
        <translation>Esta copia de seguridad se hizo cuando el diario estaba protegido con otras claves (antes de la última vez que se volvió a proteger), así que no puede ocupar aquí el lugar del diario. Tu diario se quedó tal como estaba.</translation>
    </message>
    <message>
        <source>This journal is already protected with a passphrase.</source>
        <translation>Este diario ya está protegido con una frase de contraseña.</translation>
    </message>
    <message>
        <source>This journal isn&apos;t protected with a passphrase.</source>
        <translation>Este diario no está protegido con una frase de contraseña.</translation>
    </message>
    <message>
        <source>The converted copy didn&apos;t match your journal (%1), so your journal was left exactly as it was.</source>
        <translation>La copia convertida no coincidía con tu diario (%1), así que tu diario se quedó tal como estaba.</translation>
    </message>
    <message>
        <source>Updating the data format found rows that point nowhere; nothing was changed.</source>
        <translation>Al actualizar el formato de datos se encontraron filas que no apuntan a nada; no se cambió nada.</translation>
    </message>
    <message>
        <source>There are too many backups made in the same second.</source>
        <translation>Hay demasiadas copias de seguridad hechas en el mismo segundo.</translation>
    </message>
    <message>
        <source>There is no data file to back up yet.</source>
        <translation>Aún no hay ningún archivo de datos del que hacer una copia.</translation>
    </message>
    <message>
        <source>Its check found a problem (%1).</source>
        <translation>Su comprobación encontró un problema (%1).</translation>
    </message>
    <message>
        <source>It couldn&apos;t be read (%1).</source>
        <translation>No se pudo leer (%1).</translation>
    </message>
    <message>
        <source>It is empty.</source>
        <translation>Está vacía.</translation>
    </message>
    <message>
        <source>Between Sessions is open with this data (%1). Close it first, then try again; nothing was changed.</source>
        <translation>Between Sessions está abierto con estos datos (%1). Ciérralo primero y vuelve a intentarlo; no se cambió nada.</translation>
    </message>
    <message>
        <source>A Between Sessions command (an import, a backup or a restore) is working with this data (%1) right now. Nothing was changed; please try again once it has finished.</source>
        <translation>Un comando de Between Sessions (una importación, una copia de seguridad o una restauración) está trabajando con estos datos (%1) ahora mismo. No se cambió nada; vuelve a intentarlo cuando termine.</translation>
    </message>
    <message>
        <source>Between Sessions is open with this data (%1) on another computer, %2. Close it there first, then try again; nothing was changed.</source>
        <translation>Between Sessions está abierto con estos datos (%1) en otro ordenador, %2. Ciérralo allí primero y vuelve a intentarlo; no se cambió nada.</translation>
    </message>
    <message>
        <source>The data folder %1 could not be created (%2).</source>
        <translation>No se pudo crear la carpeta de datos %1 (%2).</translation>
    </message>
    <message>
        <source>%1 exists but is not a folder.</source>
        <translation>%1 existe, pero no es una carpeta.</translation>
    </message>
    <message>
        <source>The data folder %1 can&apos;t be made: %2 is a file, not a folder.</source>
        <translation>No se puede crear la carpeta de datos %1: %2 es un archivo, no una carpeta.</translation>
    </message>
    <message>
        <source>The data folder %1 can&apos;t be written to, so nothing was changed there.</source>
        <translation>No se puede escribir en la carpeta de datos %1, así que no se cambió nada allí.</translation>
    </message>
    <message>
        <source>Between Sessions couldn&apos;t open your data because the disk that holds it (%1) is full. Nothing was changed; once a little space is free, please try again.</source>
        <translation>Between Sessions no pudo abrir tus datos porque el disco donde están (%1) está lleno. No se cambió nada; cuando haya un poco de espacio libre, vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Between Sessions couldn&apos;t open your data because its folder (%1) can&apos;t be written to. Nothing was changed.</source>
        <translation>Between Sessions no pudo abrir tus datos porque no se puede escribir en su carpeta (%1). No se cambió nada.</translation>
    </message>
    <message>
        <source>Between Sessions couldn&apos;t open your data because it couldn&apos;t write in its folder (%1) just now. Nothing was changed; please try again in a moment.</source>
        <translation>Between Sessions no pudo abrir tus datos porque ahora mismo no pudo escribir en su carpeta (%1). No se cambió nada; vuelve a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>%1 is open in another program (a PDF viewer, say), so it couldn&apos;t be replaced. Close it there, or choose another name; nothing was written.</source>
        <translation>%1 está abierto en otro programa (un visor de PDF, por ejemplo), así que no se pudo reemplazar. Ciérralo allí o elige otro nombre; no se escribió nada.</translation>
    </message>
    <message>
        <source>%1 is part of your data, so nothing was written there. Please choose another name or another folder.</source>
        <translation>%1 es parte de tus datos, así que no se escribió nada allí. Elige otro nombre u otra carpeta.</translation>
    </message>
    <message>
        <source>%1 is a folder. Please choose a file name inside it.</source>
        <translation>%1 es una carpeta. Elige un nombre de archivo dentro de ella.</translation>
    </message>
    <message>
        <source>The folder %1 doesn&apos;t exist, so nothing was written. Please choose another.</source>
        <translation>La carpeta %1 no existe, así que no se escribió nada. Elige otra.</translation>
    </message>
    <message>
        <source>Your disk is full, so %1 couldn&apos;t be written. Nothing else was changed; freeing a little space lets you try again.</source>
        <translation>Tu disco está lleno, así que no se pudo escribir %1. No cambió nada más; si liberas un poco de espacio, podrás volver a intentarlo.</translation>
    </message>
    <message>
        <source>%1 couldn&apos;t be written (%2). Nothing else was changed.</source>
        <translation>No se pudo escribir %1 (%2). No cambió nada más.</translation>
    </message>
    <message>
        <source>This file is too large to be a Between Sessions export.</source>
        <translation>Este archivo es demasiado grande para ser una exportación de Between Sessions.</translation>
    </message>
    <message>
        <source>This file isn&apos;t a Between Sessions export (it isn&apos;t JSON text).</source>
        <translation>Este archivo no es una exportación de Between Sessions (no es texto JSON).</translation>
    </message>
    <message>
        <source>This file isn&apos;t a Between Sessions export.</source>
        <translation>Este archivo no es una exportación de Between Sessions.</translation>
    </message>
    <message>
        <source>This export file is missing its version numbers.</source>
        <translation>A este archivo de exportación le faltan sus números de versión.</translation>
    </message>
    <message>
        <source>This export was made by a newer version of Between Sessions. Please install the newer version to import it.</source>
        <translation>Esta exportación se hizo con una versión más reciente de Between Sessions. Instala la versión más reciente para importarla.</translation>
    </message>
    <message>
        <source>This export file has no tables in it.</source>
        <translation>Este archivo de exportación no tiene tablas.</translation>
    </message>
    <message>
        <source>This export has tables the app doesn&apos;t know: %1.</source>
        <translation>Esta exportación tiene tablas que la app no conoce: %1.</translation>
    </message>
    <message>
        <source>In this export, %1 isn&apos;t a list of rows.</source>
        <translation>En esta exportación, %1 no es una lista de filas.</translation>
    </message>
    <message>
        <source>In %1, row %2 isn&apos;t a set of named values.</source>
        <translation>En %1, la fila %2 no es un conjunto de valores con nombre.</translation>
    </message>
    <message>
        <source>In %1, row %2 has values the app doesn&apos;t know: %3.</source>
        <translation>En %1, la fila %2 tiene valores que la app no conoce: %3.</translation>
    </message>
    <message>
        <source>In %1, row %2 has no id.</source>
        <translation>En %1, la fila %2 no tiene id.</translation>
    </message>
    <message>
        <source>In %1, row %2 points to a %3 row that isn&apos;t in the file.</source>
        <translation>En %1, la fila %2 apunta a una fila de %3 que no está en el archivo.</translation>
    </message>
    <message>
        <source>Some rows in this file point to rows that aren&apos;t there.</source>
        <translation>Algunas filas de este archivo apuntan a filas que no están.</translation>
    </message>
    <message>
        <source>Part of this file conflicts with what is already here (%1).</source>
        <translation>Parte de este archivo choca con lo que ya hay aquí (%1).</translation>
    </message>
    <message>
        <source>The file couldn&apos;t be read (%1).</source>
        <translation>No se pudo leer el archivo (%1).</translation>
    </message>
    <message>
        <source>%1 isn&apos;t a file the app can import (it may be a folder or a device).</source>
        <translation>%1 no es un archivo que la app pueda importar (puede ser una carpeta o un dispositivo).</translation>
    </message>
    <message>
        <source>In %1, row %2 has the same id as an earlier row.</source>
        <translation>En %1, la fila %2 tiene el mismo id que una fila anterior.</translation>
    </message>
    <message>
        <source>%1 is missing.</source>
        <translation>Falta %1.</translation>
    </message>
    <message>
        <source>%1 should be a whole number.</source>
        <translation>%1 tiene que ser un número entero.</translation>
    </message>
    <message>
        <source>%1 should be true or false.</source>
        <translation>%1 tiene que ser verdadero o falso.</translation>
    </message>
    <message>
        <source>%1 should be a number.</source>
        <translation>%1 tiene que ser un número.</translation>
    </message>
    <message>
        <source>%1 should be text.</source>
        <translation>%1 tiene que ser texto.</translation>
    </message>
    <message>
        <source>%1 isn&apos;t a date the app understands (%2).</source>
        <translation>%1 no es una fecha que la app entienda (%2).</translation>
    </message>
    <message>
        <source>%1 is a number the app can&apos;t keep.</source>
        <translation>%1 es un número que la app no puede guardar.</translation>
    </message>
    <message>
        <source>%1 holds something this version of the app doesn&apos;t know (%2).</source>
        <translation>%1 contiene algo que esta versión de la app no conoce (%2).</translation>
    </message>
    <message>
        <source>This is more than the app reads for one import (up to %1 MB of text). If it is a journal, exporting a few years at a time lets it come in piece by piece.</source>
        <translation>Esto es más de lo que la app lee en una importación (hasta %1 MB de texto). Si es un diario, exportarlo por tramos de unos pocos años permite traerlo por partes.</translation>
    </message>
    <message>
        <source>%1 doesn&apos;t look like text the app can read (it may be a picture or a program).</source>
        <translation>%1 no parece texto que la app pueda leer (puede ser una imagen o un programa).</translation>
    </message>
    <message>
        <source>%1 is saved in an older text encoding the app doesn&apos;t guess at, so no letter gets changed by mistake. Saving it again as UTF-8 (a spreadsheet calls it &quot;CSV UTF-8&quot;) lets it come in.</source>
        <translation>%1 está guardado en una codificación de texto antigua que la app no intenta adivinar, para que ninguna letra cambie por error. Si lo vuelves a guardar como UTF-8 (una hoja de cálculo lo llama &quot;CSV UTF-8&quot;), se podrá importar.</translation>
    </message>
    <message>
        <source>This folder or zip file holds more than %1 files, more than the app reads for one import. Choosing the folder that holds just the journal may help.</source>
        <translation>Esta carpeta o archivo zip contiene más de %1 archivos, más de lo que la app lee en una importación. Puede ayudar elegir la carpeta que contiene solo el diario.</translation>
    </message>
    <message>
        <source>This zip file holds a name that points outside it (%1), so the app didn&apos;t open it.</source>
        <translation>Este archivo zip contiene un nombre que apunta fuera de él (%1), así que la app no lo abrió.</translation>
    </message>
    <message>
        <source>The journal in this zip file unpacks to more than %1 MB, more than the app reads for one import.</source>
        <translation>El diario de este archivo zip ocupa más de %1 MB al descomprimirlo, más de lo que la app lee en una importación.</translation>
    </message>
    <message>
        <source>%1 couldn&apos;t be opened as a zip file (it may be incomplete or have a password).</source>
        <translation>No se pudo abrir %1 como archivo zip (puede estar incompleto o tener contraseña).</translation>
    </message>
    <message>
        <source>There is no journal (a .json file) in %1. Day One&apos;s export holds one.</source>
        <translation>No hay ningún diario (un archivo .json) en %1. La exportación de Day One contiene uno.</translation>
    </message>
    <message>
        <source>%1 isn&apos;t a folder; this kind of journal is a folder of files.</source>
        <translation>%1 no es una carpeta; este tipo de diario es una carpeta de archivos.</translation>
    </message>
    <message>
        <source>%1 has a date that doesn&apos;t exist in the calendar (%2).</source>
        <translation>%1 tiene una fecha que no existe en el calendario (%2).</translation>
    </message>
    <message>
        <source>%1 has a date the app doesn&apos;t understand (%2).</source>
        <translation>%1 tiene una fecha que la app no entiende (%2).</translation>
    </message>
    <message>
        <source>%1 has a time of day the app doesn&apos;t understand (%2).</source>
        <translation>%1 tiene una hora que la app no entiende (%2).</translation>
    </message>
    <message>
        <source>%1 holds instructions for a program, not just writing, so the app didn&apos;t read it.</source>
        <translation>%1 contiene instrucciones para un programa, no solo texto, así que la app no lo leyó.</translation>
    </message>
    <message>
        <source>%1 couldn&apos;t be read as a journal file (near line %2).</source>
        <translation>No se pudo leer %1 como archivo de diario (cerca de la línea %2).</translation>
    </message>
    <message>
        <source>%1 doesn&apos;t look like a journal from %2 (it has no %3).</source>
        <translation>%1 no parece un diario de %2 (no tiene %3).</translation>
    </message>
    <message>
        <source>%1 isn&apos;t JSON text, as this kind of export is.</source>
        <translation>%1 no es texto JSON, como lo es este tipo de exportación.</translation>
    </message>
    <message>
        <source>%1 couldn&apos;t be read as a table of values (near line %2).</source>
        <translation>No se pudo leer %1 como tabla de valores (cerca de la línea %2).</translation>
    </message>
    <message>
        <source>The pattern for dates in file names (%1) needs YYYY, MM and DD once each, for example YYYY-MM-DD.</source>
        <translation>El patrón de fechas en los nombres de archivo (%1) necesita YYYY, MM y DD una vez cada uno, por ejemplo YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>In %1, entry %2 (dated %3) is longer than the journal can keep in one piece.</source>
        <translation>En %1, la entrada %2 (con fecha %3) es más larga de lo que el diario puede guardar de una vez.</translation>
    </message>
    <message>
        <source>In %1, entry %2 (dated %3) has a tag longer than %4 characters.</source>
        <translation>En %1, la entrada %2 (con fecha %3) tiene una etiqueta de más de %4 caracteres.</translation>
    </message>
    <message>
        <source>In %1, entry %2 (dated %3) can&apos;t be kept as it is (%4).</source>
        <translation>En %1, la entrada %2 (con fecha %3) no se puede guardar tal cual (%4).</translation>
    </message>
    <message>
        <source>The app couldn&apos;t tell which app %1 comes from. Saying which one (Day One, jrnl, Daylio, RedNotebook or Markdown notes) lets it try.</source>
        <translation>La app no pudo saber de qué app viene %1. Si indicas cuál (Day One, jrnl, Daylio, RedNotebook o notas en Markdown), podrá intentarlo.</translation>
    </message>
    <message>
        <source>%1 is a Between Sessions export; it comes in as one, not as another app&apos;s.</source>
        <translation>%1 es una exportación de Between Sessions; se importa como tal, no como la de otra app.</translation>
    </message>
    <message>
        <source>%1 is no longer here: it may have gone with a restore or an import. What you see now is what is stored.</source>
        <extracomment>The details each text puts in, in the order of %1, %2, ... Import problems with one value in one row: said as &quot;In &lt;table&gt;, row &lt;n&gt;, &lt;column&gt; ...&quot;.</extracomment>
        <translation>%1 ya no está: puede que se fuera con una restauración o una importación. Lo que ves ahora es lo que está guardado.</translation>
    </message>
    <message>
        <source>%1 couldn&apos;t be opened because %2. Nothing in it was changed.</source>
        <translation>No se pudo abrir %1 porque %2. No se cambió nada en él.</translation>
    </message>
    <message>
        <source>The app couldn&apos;t make a backup because %1. Nothing was lost; your data is as it was.</source>
        <translation>La app no pudo hacer una copia de seguridad porque %1. No se perdió nada; tus datos están como estaban.</translation>
    </message>
    <message>
        <source>The backup couldn&apos;t be restored because %1. Nothing was lost; your data is as it was.</source>
        <translation>No se pudo restaurar la copia de seguridad porque %1. No se perdió nada; tus datos están como estaban.</translation>
    </message>
    <message>
        <source>This backup can&apos;t be restored. %1 Nothing was changed.</source>
        <translation>Esta copia de seguridad no se puede restaurar. %1 No se cambió nada.</translation>
    </message>
    <message>
        <source>In %1, row %2: %3</source>
        <translation>En %1, fila %2: %3</translation>
    </message>
    <message>
        <source>Something couldn&apos;t be done (%1).</source>
        <translation>Algo no se pudo hacer (%1).</translation>
    </message>
</context>
<context>
    <name>looking_back</name>
    <message>
        <source>On days with “%1”, mood was “%2” or better on %3 of %4</source>
        <extracomment>The mood level from which a day counts as &quot;okay or better&quot; (4 is &quot;Okay&quot;). At most this many observations are shown: a few, not a report card.</extracomment>
        <translation>En los días con «%1», el estado de ánimo fue «%2» o mejor en %3 de %4</translation>
    </message>
    <message>
        <source>With “%1”, the smaller version was chosen more often than the full step in %2</source>
        <translation>Con «%1», la versión pequeña se eligió más a menudo que el paso completo en %2</translation>
    </message>
    <message>
        <source>With “%1”, the full step was chosen more often than the smaller version in %2</source>
        <translation>Con «%1», el paso completo se eligió más a menudo que la versión pequeña en %2</translation>
    </message>
    <message>
        <source>“%1” showed up in %2 of the %3 weeks</source>
        <translation>«%1» apareció en %2 de las %3 semanas</translation>
    </message>
</context>
<context>
    <name>markdown</name>
    <message>
        <source>Everything kept in the app, exported on %1. This copy is for reading; to move your data to another computer, use the JSON export.</source>
        <extracomment>Every phrase of the document; %1, %2 stand for the values put in.</extracomment>
        <translation>Todo lo que se guarda en la app, exportado el %1. Esta copia es para leer; para llevar tus datos a otro ordenador, usa la exportación JSON.</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Plan de acción</translation>
    </message>
    <message>
        <source>No plan items yet.</source>
        <translation>Aún no hay pasos en el plan.</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>Tipo: %1</translation>
    </message>
    <message>
        <source>Rhythm: %1</source>
        <translation>Ritmo: %1</translation>
    </message>
    <message>
        <source>Smaller version: %1</source>
        <translation>Versión pequeña: %1</translation>
    </message>
    <message>
        <source>Why it matters: %1</source>
        <translation>Por qué importa: %1</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>what got in the way: %1</source>
        <translation>qué se interpuso: %1</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>nota: %1</translation>
    </message>
    <message>
        <source>Adjustments</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Diario</translation>
    </message>
    <message>
        <source>No journal entries yet.</source>
        <translation>Aún no hay entradas en el diario.</translation>
    </message>
    <message>
        <source>mood: %1</source>
        <translation>estado de ánimo: %1</translation>
    </message>
    <message>
        <source>energy: %1</source>
        <translation>energía: %1</translation>
    </message>
    <message>
        <source>tags: %1</source>
        <translation>etiquetas: %1</translation>
    </message>
    <message>
        <source>Thought record</source>
        <translation>Registro de pensamientos</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situación</translation>
    </message>
    <message>
        <source>The thought</source>
        <translation>El pensamiento</translation>
    </message>
    <message>
        <source>What it made me feel</source>
        <translation>Lo que me hizo sentir</translation>
    </message>
    <message>
        <source>What a kind friend would say</source>
        <translation>Lo que diría una persona amiga</translation>
    </message>
    <message>
        <source>A more balanced thought</source>
        <translation>Un pensamiento más equilibrado</translation>
    </message>
    <message>
        <source>My own prompts</source>
        <translation>Mis propias sugerencias</translation>
    </message>
    <message>
        <source>My own notes</source>
        <translation>Mis propias notas</translation>
    </message>
    <message>
        <source>Small wins I added</source>
        <translation>Pequeños logros que añadí</translation>
    </message>
    <message>
        <source>My next session</source>
        <translation>Mi próxima sesión</translation>
    </message>
    <message>
        <source>Next session: %1</source>
        <translation>Próxima sesión: %1</translation>
    </message>
    <message>
        <source>Kept session summary, %1 to %2</source>
        <translation>Resumen de sesión guardado, del %1 al %2</translation>
    </message>
    <message>
        <source>My safety plan</source>
        <translation>Mi plan de seguridad</translation>
    </message>
</context>
<context>
    <name>plain_file</name>
    <message>
        <source>A file anyone can read</source>
        <translation>Un archivo que cualquiera puede leer</translation>
    </message>
    <message>
        <source>This file will be readable by anyone who can open it — it isn&apos;t protected by your passphrase.</source>
        <translation>Este archivo lo podrá leer cualquiera que pueda abrirlo: no está protegido por tu frase de contraseña.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Keep it somewhere only you can reach, and remove it once you&apos;re done.</source>
        <translation>Guárdalo en un lugar al que solo tú puedas acceder, y bórralo cuando termines.</translation>
    </message>
</context>
<context>
    <name>protect_dialogs</name>
    <message>
        <source>%1: recovery code</source>
        <translation>%1: código de recuperación</translation>
    </message>
    <message>
        <source>This code opens your journal if you forget your passphrase. Made on %1.</source>
        <translation>Este código abre tu diario si olvidas tu frase de contraseña. Creado el %1.</translation>
    </message>
    <message>
        <source>Without your passphrase and this code, nobody can open your journal, not even the makers of %1. Keep this page somewhere safe, away from the computer.</source>
        <translation>Sin tu frase de contraseña y este código, nadie puede abrir tu diario, ni siquiera quienes hacen %1. Guarda esta página en un lugar seguro, lejos del ordenador.</translation>
    </message>
    <message>
        <source>Backups anyone can read</source>
        <translation>Copias de seguridad que cualquiera puede leer</translation>
    </message>
    <message>
        <source>In %1:</source>
        <translation>En %1:</translation>
    </message>
    <message>
        <source>&amp;Remove them…</source>
        <translation>&amp;Borrarlas…</translation>
    </message>
    <message>
        <source>&amp;Keep them</source>
        <translation>&amp;Conservarlas</translation>
    </message>
    <message>
        <source>Remove the plain backups?</source>
        <translation>¿Borrar las copias sin cifrar?</translation>
    </message>
    <message>
        <source>Remove these backups for good? They can&apos;t be brought back.</source>
        <translation>¿Borrar estas copias para siempre? No se podrán recuperar.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Your journal and its protected backups stay as they are. A disk or a backup program may still keep an older copy of a removed file.</source>
        <translation>Tu diario y sus copias protegidas se quedan como están. Un disco o un programa de copias de seguridad aún podría conservar una copia antigua de un archivo borrado.</translation>
    </message>
</context>
<context>
    <name>read_only</name>
    <message>
        <source>Your data is open read-only, so this can&apos;t be changed here.</source>
        <extracomment>Where a control keeps its own tooltip while it says why it can&apos;t be used.</extracomment>
        <translation>Tus datos están abiertos en solo lectura, así que esto no se puede cambiar aquí.</translation>
    </message>
</context>
<context>
    <name>reminders</name>
    <message>
        <source>A moment for yourself?</source>
        <extracomment>The nudge&apos;s words, chosen from these few (key, text): calm, and about nobody&apos;s data.</extracomment>
        <translation>¿Un momento para ti?</translation>
    </message>
    <message>
        <source>A quiet minute, if you&apos;d like one.</source>
        <translation>Un minuto de calma, si te apetece.</translation>
    </message>
    <message>
        <source>Between Sessions is here when you want it.</source>
        <translation>Between Sessions está aquí cuando lo quieras.</translation>
    </message>
    <message>
        <source>Time for a breath, and a look at your day?</source>
        <translation>¿Un respiro y un vistazo a tu día?</translation>
    </message>
    <message>
        <source>Your plan is there, one small step at a time.</source>
        <extracomment>Added only when the person allowed the nudge to mention the plan (never an item&apos;s title).</extracomment>
        <translation>Tu plan está ahí, un pequeño paso cada vez.</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <source>Session prep</source>
        <extracomment>Every phrase of the report; %1, %2 stand for the values put in.</extracomment>
        <translation>Preparar la sesión</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>Del %1 al %2</translation>
    </message>
    <message>
        <source>Next session: %1</source>
        <translation>Próxima sesión: %1</translation>
    </message>
    <message>
        <source>The plan</source>
        <translation>El plan</translation>
    </message>
    <message>
        <source>nothing noted</source>
        <translation>nada anotado</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pausa</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>retirado</translation>
    </message>
    <message>
        <source>What got in the way</source>
        <translation>Lo que se interpuso</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>In my words: “%1”</source>
        <translation>Con mis palabras: «%1»</translation>
    </message>
    <message>
        <source>Adjustments</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Small wins</source>
        <translation>Pequeños logros</translation>
    </message>
    <message>
        <source>wrote in my journal</source>
        <translation>escribí en mi diario</translation>
    </message>
    <message>
        <source>wrote in my journal: %1</source>
        <translation>escribí en mi diario: %1</translation>
    </message>
    <message>
        <source>To bring to the session</source>
        <translation>Para llevar a la sesión</translation>
    </message>
    <message>
        <source>Thought records</source>
        <translation>Registros de pensamientos</translation>
    </message>
    <message>
        <source>The situation</source>
        <translation>La situación</translation>
    </message>
    <message>
        <source>The thought</source>
        <translation>El pensamiento</translation>
    </message>
    <message>
        <source>What it made me feel</source>
        <translation>Lo que me hizo sentir</translation>
    </message>
    <message>
        <source>What a kind friend would say</source>
        <translation>Lo que diría una persona amiga</translation>
    </message>
    <message>
        <source>A more balanced thought</source>
        <translation>Un pensamiento más equilibrado</translation>
    </message>
    <message>
        <source>About the step</source>
        <translation>Sobre el paso</translation>
    </message>
    <message>
        <source>My questions</source>
        <translation>Mis preguntas</translation>
    </message>
    <message>
        <source>Nothing has been noted in this period yet, and that&apos;s all right. How it went is still worth talking about.</source>
        <translation>Aún no se ha anotado nada en este periodo, y está bien. Vale la pena hablar igualmente de cómo fue.</translation>
    </message>
    <message>
        <source>Made with Between Sessions. Entries marked private are never included.</source>
        <translation>Hecho con Between Sessions. Las entradas marcadas como privadas nunca se incluyen.</translation>
    </message>
</context>
<context>
    <name>startup</name>
    <message>
        <source>A routine check found that your data file may be damaged. Nothing has been changed. Please close Between Sessions and open it again: it will keep the file safe and offer your newest good backup.</source>
        <translation>Una comprobación rutinaria encontró que tu archivo de datos puede estar dañado. No se ha cambiado nada. Cierra Between Sessions y vuelve a abrirlo: conservará el archivo a salvo y te ofrecerá tu copia de seguridad buena más reciente.</translation>
    </message>
</context>
<context>
    <name>synced</name>
    <message>
        <source>This folder is synced to %1.</source>
        <translation>Esta carpeta se sincroniza con %1.</translation>
    </message>
    <message>
        <source>This folder is on a network share.</source>
        <translation>Esta carpeta está en una carpeta compartida de red.</translation>
    </message>
    <message>
        <source>%1 would upload it, so a copy would be kept on %1&apos;s servers as well. To keep it on this computer only, choose a folder that isn&apos;t synced.</source>
        <translation>%1 lo subiría, así que también se guardaría una copia en los servidores de %1. Para tenerlo solo en este ordenador, elige una carpeta que no se sincronice.</translation>
    </message>
    <message>
        <source>It would be kept on another computer, where anyone who can open the share could read it. To keep it on this computer only, choose a folder on it.</source>
        <translation>Se guardaría en otro ordenador, donde cualquiera que pueda abrir la carpeta compartida podría leerlo. Para tenerlo solo en este ordenador, elige una carpeta de este ordenador.</translation>
    </message>
    <message>
        <source>Save to a synced folder?</source>
        <translation>¿Guardar en una carpeta sincronizada?</translation>
    </message>
    <message>
        <source>Save to a network share?</source>
        <translation>¿Guardar en una carpeta compartida de red?</translation>
    </message>
    <message>
        <source>Save it here</source>
        <translation>Guardarlo aquí</translation>
    </message>
    <message>
        <source>Choose another place</source>
        <translation>Elegir otro lugar</translation>
    </message>
</context>
<context>
    <name>widgets</name>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
</context>
<context>
    <name>words</name>
    <message>
        <source>Done</source>
        <extracomment>(context, text) -&gt; the text in the person&apos;s language: the app passes Qt&apos;s translator.</extracomment>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Did the smaller version</source>
        <translation>Hice la versión pequeña</translation>
    </message>
    <message>
        <source>Tried / started</source>
        <translation>Lo intenté / empecé</translation>
    </message>
    <message>
        <source>Thought about it</source>
        <translation>Lo pensé</translation>
    </message>
    <message>
        <source>Not today</source>
        <translation>Hoy no</translation>
    </message>
    <message>
        <source>Rested on purpose</source>
        <translation>Descansé a propósito</translation>
    </message>
    <message>
        <source>Smaller</source>
        <translation>Pequeña</translation>
    </message>
    <message>
        <source>Tried</source>
        <translation>Intenté</translation>
    </message>
    <message>
        <source>Thought</source>
        <translation>Pensé</translation>
    </message>
    <message>
        <source>Rested</source>
        <translation>Descansé</translation>
    </message>
    <message>
        <source>Too much going on</source>
        <translation>Demasiadas cosas a la vez</translation>
    </message>
    <message>
        <source>Fear of change</source>
        <translation>Miedo al cambio</translation>
    </message>
    <message>
        <source>Perfectionism or self-doubt</source>
        <translation>Perfeccionismo o inseguridad</translation>
    </message>
    <message>
        <source>The step felt too big</source>
        <translation>El paso me pareció demasiado grande</translation>
    </message>
    <message>
        <source>Getting in my own way</source>
        <translation>Ponerme trabas</translation>
    </message>
    <message>
        <source>Journaling</source>
        <translation>Escribir en el diario</translation>
    </message>
    <message>
        <source>Boundaries</source>
        <translation>Límites</translation>
    </message>
    <message>
        <source>Challenging thoughts</source>
        <translation>Cuestionar pensamientos</translation>
    </message>
    <message>
        <source>Self-care</source>
        <translation>Autocuidado</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Todos los días</translation>
    </message>
    <message>
        <source>Some days a week</source>
        <translation>Algunos días a la semana</translation>
    </message>
    <message>
        <source>Once</source>
        <translation>Una vez</translation>
    </message>
    <message>
        <source>When needed</source>
        <translation>Cuando haga falta</translation>
    </message>
    <message>
        <source>In the plan</source>
        <extracomment>The counted texts (a count said with its words): key -&gt; English&apos;s two forms, one and other. The app says them in each language&apos;s own plural forms (ui/common/labels.py: COUNTED, the same texts as &quot;%Ln times&quot; for the translator); the command line in these. A counted text by key, for a count: (&quot;times&quot;, 3) -&gt; &quot;3 times&quot;.</extracomment>
        <translation>En el plan</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Retirado</translation>
    </message>
    <message>
        <source>Picked up again</source>
        <translation>Retomado</translation>
    </message>
    <message>
        <source>Brought back into the plan</source>
        <translation>De vuelta en el plan</translation>
    </message>
    <message>
        <source>A note</source>
        <translation>Una nota</translation>
    </message>
    <message>
        <source>Smaller version cleared</source>
        <translation>Versión pequeña borrada</translation>
    </message>
    <message>
        <source>Smaller version set to “%1”</source>
        <translation>Versión pequeña cambiada a «%1»</translation>
    </message>
    <message>
        <source>Rhythm changed from %1 to %2</source>
        <translation>Ritmo cambiado de %1 a %2</translation>
    </message>
    <message>
        <source>Heavy</source>
        <translation>Pesado</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Bajo</translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation>Variable</translation>
    </message>
    <message>
        <source>Okay</source>
        <translation>Bien</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Ligero</translation>
    </message>
    <message>
        <source>Running on empty</source>
        <translation>Sin fuerzas</translation>
    </message>
    <message>
        <source>Some</source>
        <translation>Algo</translation>
    </message>
    <message>
        <source>Steady</source>
        <translation>Estable</translation>
    </message>
    <message>
        <source>Plenty</source>
        <translation>De sobra</translation>
    </message>
    <message>
        <source>Bring to next session</source>
        <translation>Llevar a la próxima sesión</translation>
    </message>
    <message>
        <source>Private, not ready to share</source>
        <translation>Privada, aún no lista para compartir</translation>
    </message>
    <message>
        <source>What my therapist said</source>
        <translation>Lo que dijo mi terapeuta</translation>
    </message>
    <message>
        <source>A note to future me</source>
        <translation>Una nota para mi yo del futuro</translation>
    </message>
    <message>
        <source>Something your therapist said, kept in your notes</source>
        <translation>Algo que dijo tu terapeuta, guardado en tus notas</translation>
    </message>
    <message>
        <source>A note you wrote to your future self</source>
        <translation>Una nota que escribiste para tu yo del futuro</translation>
    </message>
    <message>
        <source>Just this date</source>
        <translation>Solo esta fecha</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Cada semana</translation>
    </message>
    <message>
        <source>Every two weeks</source>
        <translation>Cada dos semanas</translation>
    </message>
    <message>
        <source>Signs that a hard time is starting</source>
        <translation>Señales de que empieza un momento difícil</translation>
    </message>
    <message>
        <source>Things I can do on my own to cope</source>
        <translation>Cosas que puedo hacer por mi cuenta para sobrellevarlo</translation>
    </message>
    <message>
        <source>People and places that take my mind off things</source>
        <translation>Personas y lugares que me ayudan a desconectar</translation>
    </message>
    <message>
        <source>People I can ask for help</source>
        <translation>Personas a las que puedo pedir ayuda</translation>
    </message>
    <message>
        <source>Professionals I can contact</source>
        <translation>Profesionales con quienes puedo contactar</translation>
    </message>
    <message>
        <source>Crisis lines and emergency numbers</source>
        <translation>Líneas de crisis y números de emergencia</translation>
    </message>
    <message>
        <source>What matters to me</source>
        <translation>Lo que me importa</translation>
    </message>
    <message>
        <source>Thoughts, feelings or things you do that tell you it&apos;s getting hard</source>
        <translation>Pensamientos, sentimientos o cosas que haces que te indican que se está poniendo difícil</translation>
    </message>
    <message>
        <source>Small things that help a little: a shower, music, a walk</source>
        <translation>Cosas pequeñas que ayudan un poco: una ducha, música, un paseo</translation>
    </message>
    <message>
        <source>Somewhere to go or someone to be around</source>
        <translation>Un lugar al que ir o alguien con quien estar</translation>
    </message>
    <message>
        <source>Someone you trust, with their number</source>
        <translation>Alguien de confianza, con su número</translation>
    </message>
    <message>
        <source>Your therapist, your doctor, an out-of-hours service</source>
        <translation>Tu terapeuta, tu médico, un servicio de urgencias fuera de horario</translation>
    </message>
    <message>
        <source>A crisis line in your country, your emergency number</source>
        <translation>Una línea de crisis de tu país, el número de emergencias</translation>
    </message>
    <message>
        <source>People, animals, hopes, things to look forward to</source>
        <translation>Personas, animales, esperanzas, cosas que te ilusionan</translation>
    </message>
</context>
</TS>
