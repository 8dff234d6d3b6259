/* A stand-in for the frozen app, for testing the installer under Wine on Linux, where a real
 * Windows build cannot be made (packaging/check-linux.sh). Like `between-sessions --smoke-test`,
 * it opens its data folder (appdirs' user data folder on Windows), touches the database file,
 * says which version it is and exits 0. Like the app, it holds the mutex that tells the installer
 * the app is running (desktop/running_mark.py) for as long as it runs.
 *
 *   between-sessions.exe                      the smoke test
 *   between-sessions.exe --stay-open FOLDER   then stays open, as the app does, until
 *                                             FOLDER\release exists (FOLDER\holding says it
 *                                             holds the mutex)
 */
#include <stdio.h>
#include <string.h>
#include <windows.h>

#ifndef STANDIN_VERSION
#define STANDIN_VERSION "0.0.0"
#endif
/* The same name as desktop/running_mark.py's MUTEX_NAME and installer.nsi's RUNNING_MUTEX. */
#define RUNNING_MUTEX L"Local\\org.betweensessions.BetweenSessions.running"

static int stay_open(const char *folder) {
    char holding[MAX_PATH], release[MAX_PATH];
    if (strlen(folder) > MAX_PATH - 16) {
        fprintf(stderr, "folder name too long\n");
        return 1;
    }
    snprintf(holding, sizeof holding, "%s\\holding", folder);
    snprintf(release, sizeof release, "%s\\release", folder);
    FILE *mark = fopen(holding, "wb");
    if (mark == NULL) {
        fprintf(stderr, "cannot write %s\n", holding);
        return 1;
    }
    fclose(mark);
    while (GetFileAttributesA(release) == INVALID_FILE_ATTRIBUTES) {
        Sleep(50);
    }
    DeleteFileA(holding);
    return 0;
}

int main(int argc, char **argv) {
    HANDLE running = CreateMutexW(NULL, FALSE, RUNNING_MUTEX);
    if (running == NULL) {
        fprintf(stderr, "cannot create the running mark (error %lu)\n", GetLastError());
        return 1;
    }
    char path[MAX_PATH];
    DWORD length = GetEnvironmentVariableA("LOCALAPPDATA", path, MAX_PATH);
    if (length == 0 || length > MAX_PATH - 64) {
        fprintf(stderr, "LOCALAPPDATA is not set\n");
        return 1;
    }
    strcat(path, "\\Between Sessions");
    CreateDirectoryA(path, NULL);
    strcat(path, "\\between-sessions.sqlite3");
    FILE *file = fopen(path, "ab");
    if (file == NULL) {
        fprintf(stderr, "cannot open %s\n", path);
        return 1;
    }
    fputs("stand-in " STANDIN_VERSION " was here\n", file);
    fclose(file);
    printf("smoke test: stand-in %s wrote %s\n", STANDIN_VERSION, path);
    fflush(stdout);
    int code = argc == 3 && strcmp(argv[1], "--stay-open") == 0 ? stay_open(argv[2]) : 0;
    CloseHandle(running);
    return code;
}
