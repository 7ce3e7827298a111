#include "PartnersPage.h"

#include "ChoiceDelegate.h"
#include "Dialogs.h"
#include "FieldForm.h"
#include "PartnerDetailsEditor.h"
#include "TableEditor.h"
#include "file/PartnerCsvReader.h"
#include "itemmodels/PartnerTableModel.h"
#include "model/FieldId.h"
#include "model/PartnerFields.h"
#include "model/SetupModel.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>

PartnersPage::PartnersPage(SetupModel* model, QWidget* parent)
    : SectionPage(model, SectionId::Partners, parent)
{
}

void PartnersPage::buildContent()
{
    SetupModel* model = this->model();
    auto* defaults = new FieldForm(model, this);
    defaults->addField(FieldId::PartnerDefaultExpiryDays);
    addGroup(tr("Defaults for new partners"), defaults);

    auto* tableModel = new PartnerTableModel(model, this);
    auto* table = new TableEditor(tableModel, tr("Partners"), this);
    table->setObjectName(QStringLiteral("partners"));
    table->addButton()->setText(tr("&Add partner"));
    table->removeButton()->setText(tr("Re&move partner"));
    QTableView* view = table->view();
    view->setMinimumHeight(240);
    for (int column = 0; column < tableModel->columnCount(); ++column) {
        const PartnerField& field = tableModel->field(column);
        view->setColumnHidden(column, column >= tableModel->tableColumns()); // in the details below
        if (field.kind != PartnerField::Kind::Choice)
            continue;
        QList<std::pair<QString, QString>> choices;
        for (const QString& c : field.choices)
            choices.append({ c, c });
        view->setItemDelegateForColumn(column, new ChoiceDelegate(choices, view));
    }
    view->horizontalHeader()->resizeSection(tableModel->columnOf(QStringLiteral("name")), 220);
    // Wide enough for the column title in every language.
    for (const char* key : { "borrowingWorkflow", "lendingWorkflow" }) {
        const int column = tableModel->columnOf(QLatin1String(key));
        view->horizontalHeader()->resizeSection(
            column, std::max(150, view->horizontalHeader()->sectionSizeHint(column)));
    }

    auto* import = new QPushButton(tr("&Import CSV…"), this);
    import->setObjectName(QStringLiteral("import-partners"));
    auto* count = new QLabel(this);
    table->buttonRow()->addWidget(import);
    table->buttonRow()->addWidget(count);
    addGroup(tr("Partners"), table);
    contentLayout()->addWidget(new PartnerDetailsEditor(tableModel, view->selectionModel(), this));

    auto updateCount = [model, count] { count->setText(tr("%n partner(s)", nullptr, int(model->partners().size()))); };
    updateCount();
    connect(model, &SetupModel::partnersChanged, count, updateCount);
    connect(model, &SetupModel::modelReset, count, updateCount);

    connect(import, &QPushButton::clicked, this, [this] {
        const QString path = Dialogs::openFileName(
            this, tr("Import partners"), QString(), tr("CSV files (*.csv *.txt);;All files (*)"));
        if (!path.isEmpty())
            importCsv(path);
    });
}

void PartnersPage::importCsv(const QString& path)
{
    const PartnerCsvReader::Result result = PartnerCsvReader::readFile(path, PartnerTableModel::newPartner(*model()));
    if (!result.ok()) {
        // Nothing is imported from a file with errors, so a fixed file can simply be imported again.
        Dialogs::tell(this, QMessageBox::Warning, tr("Import partners"),
            tr("Nothing was imported from %1:\n%2")
                .arg(QDir::toNativeSeparators(path), result.errors.mid(0, 20).join(QLatin1Char('\n'))));
        return;
    }
    const auto [added, updated] = model()->mergePartners(result.partners);
    Dialogs::tell(this, QMessageBox::Information, tr("Import partners"),
        tr("%1 partner(s) added, %2 updated from %3.").arg(added).arg(updated).arg(QDir::toNativeSeparators(path)));
}
