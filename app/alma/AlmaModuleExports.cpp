// The Alma module's entry points, found by name by AlmaModule (app/cli) after it loads the module.
#include "AlmaCommands.h"
#include "AlmaDialog.h"

#include <QTextStream>

extern "C" {

Q_DECL_EXPORT int p2p_alma_run_command(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    return AlmaCommands(out, err).run(arguments);
}

Q_DECL_EXPORT QDialog* p2p_alma_create_dialog(SetupModel* model, QWidget* parent)
{
    return new AlmaDialog(model, parent);
}

Q_DECL_EXPORT void p2p_alma_use_sandbox(QDialog* dialog)
{
    if (auto* alma = qobject_cast<AlmaDialog*>(dialog))
        alma->useSandbox();
}
}
