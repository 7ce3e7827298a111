#pragma once

#include <QMap>
#include <QMessageBox>
#include <QString>
#include <QStringList>

#include <functional>

class QWidget;

// Every file and message dialog of the program goes through here, so tests can answer them
// without a modal event loop (as KeePassXC's FileDialog::setNextFileName and
// MessageBox::setNextAnswer do). In a test run (setScripted(true)) nothing modal is shown: a
// dialog takes the next queued answer, and one nobody expected is answered "cancel" and
// recorded, so the test fails at once instead of hanging until ctest's timeout.
namespace Dialogs {
struct Question {
    QMessageBox::Icon icon = QMessageBox::Question;
    QString title;
    QString text;
    QString informativeText;
    QMessageBox::StandardButtons buttons = QMessageBox::Ok;
    QMessageBox::StandardButton defaultButton = QMessageBox::NoButton;
    QMessageBox::StandardButton escapeButton = QMessageBox::NoButton;
    QMap<QMessageBox::StandardButton, QString> buttonTexts; // own wording, e.g. "&Restore" for Yes
};

QString openFileName(QWidget* parent, const QString& caption, const QString& directory, const QString& filter);
QString saveFileName(QWidget* parent, const QString& caption, const QString& suggestion, const QString& filter,
    QString* selectedFilter = nullptr);
QMessageBox::StandardButton ask(QWidget* parent, const Question& question);
// A message with only an OK button.
void tell(QWidget* parent, QMessageBox::Icon icon, const QString& title, const QString& text);

// For tests.
void setScripted(bool on);
void setNextFileName(const QString& path); // "" stands for Cancel
void setNextAnswer(QMessageBox::StandardButton answer);
// What was asked or told since the last call, as "title: text" lines (and clears the list).
QStringList takeShown();
// Dialogs that came without a queued answer (and were answered Cancel), and queued answers no
// dialog took; the queues are emptied.
QStringList takeUnexpected();
// Called with each message box before it is answered (screenshots).
void setShownHook(std::function<void(QWidget*)> hook);
} // namespace Dialogs
