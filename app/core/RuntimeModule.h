#pragma once

#include <QLibrary>
#include <QString>

// A shared library beside the program, loaded the first time one of its functions is needed and
// kept until the program ends: the Alma module (app/alma) and the print module (app/print), so
// that what they link (the network, Qt HttpServer, the keychain, Qt PrintSupport) costs nothing
// at start-up. Callers word their own messages from loadFailed() and errorString().
class RuntimeModule {
public:
    // `baseName` without prefix or suffix, e.g. "p2palma".
    explicit RuntimeModule(const QString& baseName);

    // The exported function `symbol`, or nullptr (see loadFailed() and errorString()).
    QFunctionPointer resolve(const char* symbol);
    // True when the library itself could not be loaded; false when a symbol was missing.
    bool loadFailed() const { return m_loadFailed; }
    QString errorString() const { return m_library.errorString(); }

    // Where modules are looked for: the program's folder, unless a test says otherwise.
    static void setDirectory(const QString& directory);

private:
    QString m_baseName;
    QLibrary m_library;
    bool m_loadFailed = false;
};
