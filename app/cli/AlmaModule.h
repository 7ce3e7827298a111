#pragma once

#include <QString>
#include <QStringList>

class QDialog;
class QTextStream;
class QWidget;
class SetupModel;

// The program's door to the Alma module (libp2palma, app/alma): the commands plan, push,
// verify and sandbox, and the Alma dialog. The module, with the network, Qt HttpServer and
// keychain libraries it needs, is loaded on first use only, so starting the wizard and the
// other commands do not pay for it.
namespace AlmaModule {
bool isCommand(const QString& word);
// The commands' lines for --help.
QString commandSummary();
// Runs an Alma command (`arguments` start with its name); 2 when the module cannot be loaded.
int runCommand(const QStringList& arguments, QTextStream& out, QTextStream& err);
// nullptr when the module cannot be loaded; *error then says why.
QDialog* createDialog(SetupModel* model, QWidget* parent, QString* error);
void useSandbox(QDialog* dialog);
} // namespace AlmaModule
