/* A stand-in for the frozen app, for testing the installer under Wine on Linux, where a real
 * Windows build cannot be made (packaging/check-linux.sh). Like `between-sessions --smoke-test`,
 * it opens its data folder (appdirs' user data folder on Windows), touches the database file,
 * says which version it is and exits 0. */
#include <stdio.h>
#include <string.h>
#include <windows.h>

#ifndef STANDIN_VERSION
#define STANDIN_VERSION "0.0.0"
#endif

int main(void) {
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
    return 0;
}
