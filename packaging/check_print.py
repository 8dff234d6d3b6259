"""Print to a PDF file as the app does (QPrinter, QPrintDialog), and say whether Qt's CUPS plugin
loaded: `python packaging/check_print.py OUT.pdf` (QT_QPA_PLATFORM=offscreen on a machine without
a screen).

packaging/check-linux.sh runs it in build/venv (the Qt and the plugins the bundle carries) with
the system's libcups hidden, as on a machine that has none: the bundle takes libcups from the
system (bundle_filter.SYSTEM_LIBRARIES), so there Qt can't load libcupsprintersupport.so and falls
back to its plain print support. Exits 0 when the dialog opened and the PDF was written.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import QApplication


def cups_plugin_loaded() -> bool:
    """Whether this process mapped Qt's CUPS print-support plugin (and so libcups)."""
    maps = Path("/proc/self/maps")
    return maps.exists() and "libcupsprintersupport.so" in maps.read_text()


def main(argv: list[str]) -> int:
    """Print a page to argv[0] through the print dialog, as recovery_code.py does."""
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    out = Path(argv[0])
    app = QApplication([sys.argv[0]])
    printers = [info.printerName() for info in QPrinterInfo.availablePrinters()]
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer)
    QTimer.singleShot(0, dialog.accept)  # as if the person pressed Print
    accepted = dialog.exec() == QPrintDialog.DialogCode.Accepted
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    document = QTextDocument()
    document.setPlainText("Recovery code: ABCD-EFGH-JKLM")
    document.print_(printer)
    written = out.is_file() and out.read_bytes()[:5] == b"%PDF-"
    print(
        f"CUPS plugin loaded: {'yes' if cups_plugin_loaded() else 'no'}; printers: {printers}; "
        f"print dialog accepted: {accepted}; PDF written: {written} "
        f"({out.stat().st_size if written else 0} bytes)"
    )
    app.quit()
    QCoreApplication.processEvents()
    return 0 if accepted and written else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
