#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

class QCoreApplication;

// The program's language: the system language unless the user chose one (Edit > Language),
// remembered in QSettings. Translations are installed before any window or help text exists.
namespace AppLanguage {
// Language codes the program is translated into ("en" is the source language).
QStringList available();
// The native name of a language ("Deutsch"), for the menu.
QString nativeName(const QString& code);
// The chosen language code, or empty for the system language.
QString chosen();
void choose(const QString& code);
QLocale locale();
// Installs Qt's own translations (QWizard's Back / Next / Cancel, dialogs), the English plural
// forms, and the program's translations for `locale`, from `directory` (":/i18n" in the program).
void install(QCoreApplication& app, const QLocale& locale, const QString& directory = QStringLiteral(":/i18n"));
} // namespace AppLanguage
