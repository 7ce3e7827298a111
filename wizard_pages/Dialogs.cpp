#include "Dialogs.h"

#include <QAbstractButton>
#include <QFileDialog>
#include <QQueue>

namespace {
struct Script {
    bool on = false;
    QQueue<QString> fileNames;
    QQueue<QMessageBox::StandardButton> answers;
    QStringList shown;
    QStringList unexpected;
    std::function<void(QWidget*)> hook;
};

Script& script()
{
    static Script s;
    return s;
}

QString scriptedFileName(const QString& caption)
{
    Script& s = script();
    s.shown.append(caption);
    if (s.fileNames.isEmpty()) {
        s.unexpected.append(caption);
        return {};
    }
    return s.fileNames.dequeue();
}
} // namespace

QString Dialogs::openFileName(QWidget* parent, const QString& caption, const QString& directory, const QString& filter)
{
    if (script().on)
        return scriptedFileName(caption);
    return QFileDialog::getOpenFileName(parent, caption, directory, filter);
}

QString Dialogs::saveFileName(
    QWidget* parent, const QString& caption, const QString& suggestion, const QString& filter, QString* selectedFilter)
{
    if (script().on)
        return scriptedFileName(caption);
    return QFileDialog::getSaveFileName(parent, caption, suggestion, filter, selectedFilter);
}

QMessageBox::StandardButton Dialogs::ask(QWidget* parent, const Question& q)
{
    QMessageBox box(q.icon, q.title, q.text, q.buttons, parent);
    box.setInformativeText(q.informativeText);
    if (q.defaultButton != QMessageBox::NoButton)
        box.setDefaultButton(q.defaultButton);
    if (q.escapeButton != QMessageBox::NoButton)
        box.setEscapeButton(q.escapeButton);
    for (auto it = q.buttonTexts.cbegin(); it != q.buttonTexts.cend(); ++it) {
        if (QAbstractButton* button = box.button(it.key()))
            button->setText(it.value());
    }
    Script& s = script();
    if (!s.on)
        return QMessageBox::StandardButton(box.exec());
    s.shown.append(q.title + QStringLiteral(": ") + q.text
        + (q.informativeText.isEmpty() ? QString() : QLatin1Char(' ') + q.informativeText));
    if (s.hook) {
        box.show();
        s.hook(&box);
        box.hide();
    }
    if (q.buttons == QMessageBox::Ok)
        return QMessageBox::Ok; // a message to read: nothing to answer
    if (s.answers.isEmpty()) {
        s.unexpected.append(q.title);
        return q.escapeButton != QMessageBox::NoButton ? q.escapeButton : QMessageBox::Cancel;
    }
    return s.answers.dequeue();
}

void Dialogs::tell(QWidget* parent, QMessageBox::Icon icon, const QString& title, const QString& text)
{
    Question q;
    q.icon = icon;
    q.title = title;
    q.text = text;
    ask(parent, q);
}

void Dialogs::setScripted(bool on)
{
    script().on = on;
}
void Dialogs::setNextFileName(const QString& path)
{
    script().fileNames.enqueue(path);
}
void Dialogs::setNextAnswer(QMessageBox::StandardButton answer)
{
    script().answers.enqueue(answer);
}
QStringList Dialogs::takeShown()
{
    return std::exchange(script().shown, {});
}
QStringList Dialogs::takeUnexpected()
{
    // Answers nobody asked for are a test's mistake too: say so, and start afresh.
    Script& s = script();
    for (const QString& name : std::as_const(s.fileNames))
        s.unexpected.append(QStringLiteral("unused file name: ") + name);
    for (QMessageBox::StandardButton answer : std::as_const(s.answers))
        s.unexpected.append(QStringLiteral("unused answer: %1").arg(int(answer)));
    s.fileNames.clear();
    s.answers.clear();
    return std::exchange(s.unexpected, {});
}
void Dialogs::setShownHook(std::function<void(QWidget*)> hook)
{
    script().hook = std::move(hook);
}
