#include "OtherSettingsPage.h"

#include "TableEditor.h"
#include "itemmodels/KeyValueTableModel.h"
#include "model/FieldId.h"
#include "model/SetupModel.h"

#include <QHeaderView>
#include <QTableView>

#include <QHBoxLayout>
#include <QPushButton>

OtherSettingsPage::OtherSettingsPage(SetupModel* model, QWidget* parent)
    : SectionPage(model, SectionId::OtherSettings, parent)
{
}

void OtherSettingsPage::buildContent()
{
    SetupModel* model = this->model();
    auto* table = new TableEditor(KeyValueTableModel::forOtherSettings(model, this), tr("Other settings"), this);
    // Parameter names are long and differ only at the end (ill_item_creation_lib_code / _loc_code).
    table->view()->horizontalHeader()->resizeSection(
        0, table->view()->fontMetrics().horizontalAdvance(QStringLiteral("ill_item_creation_lib_code")) + 40);
    table->setObjectName(QStringLiteral("other-settings"));
    auto* fill = new QPushButton(tr("Fill from sec&tions 1 and 2"), this);
    fill->setObjectName(QStringLiteral("fill-other-settings"));
    fill->setToolTip(tr("Sets ill_item_creation_lib_code to the library code and ill_item_creation_loc_code "
                        "(unconfirmed: check your Other Settings table) to the temporary borrowing location code."));
    table->buttonRow()->addWidget(fill);
    addGroup(tr("Customer parameters"), table);

    connect(fill, &QPushButton::clicked, this, [model] {
        QList<KeyValue> rows = model->otherSettings();
        auto set = [&rows](const QString& key, const QString& value) {
            for (KeyValue& kv : rows) {
                if (kv.key == key) {
                    kv.value = value;
                    return;
                }
            }
            rows.append({ key, value });
        };
        set(QStringLiteral("ill_item_creation_lib_code"), model->text(QString::fromLatin1(FieldId::LibraryCode)));
        set(QStringLiteral("ill_item_creation_loc_code"),
            model->text(QString::fromLatin1(FieldId::BorrowingLocationCode)));
        model->setOtherSettings(rows);
    });
}
