#include "RuntimeModule.h"

#include <QCoreApplication>

namespace {
QString& directoryOverride()
{
    static QString directory;
    return directory;
}
} // namespace

RuntimeModule::RuntimeModule(const QString& baseName)
    : m_baseName(baseName)
{
}

void RuntimeModule::setDirectory(const QString& directory)
{
    directoryOverride() = directory;
}

QFunctionPointer RuntimeModule::resolve(const char* symbol)
{
    if (!m_library.isLoaded()) {
        const QString directory
            = directoryOverride().isEmpty() ? QCoreApplication::applicationDirPath() : directoryOverride();
        m_library.setFileName(directory + QLatin1Char('/') + m_baseName);
    }
    m_loadFailed = !m_library.isLoaded() && !m_library.load();
    return m_loadFailed ? nullptr : m_library.resolve(symbol);
}
