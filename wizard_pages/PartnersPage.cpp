#include "PartnersPage.h"

#include "ChoiceDelegate.h"
#include "FieldForm.h"
#include "model/FieldId.h"
#include "file/PartnerCsvReader.h"
#include "itemmodels/PartnerTableModel.h"
#include "model/SetupModel.h"
#include "TableEditor.h"

#include <QCheckBox>
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
    QList<std::pair<QString, QString>> types;
    for (const QString& t : PartnerValues::profileTypes())
        types.append({ t, t });
    QList<std::pair<QString, QString>> statuses;
    for (const QString& s : PartnerValues::statuses())
        statuses.append({ s, s });
    view->setItemDelegateForColumn(PartnerTableModel::ProfileType, new ChoiceDelegate(types, view));
    view->setItemDelegateForColumn(PartnerTableModel::Status, new ChoiceDelegate(statuses, view));
    view->horizontalHeader()->resizeSection(PartnerTableModel::Name, 220);
    view->horizontalHeader()->resizeSection(PartnerTableModel::BorrowingWorkflow, 150);
    view->horizontalHeader()->resizeSection(PartnerTableModel::LendingWorkflow, 150);

    auto* import = new QPushButton(tr("&Import CSV…"), this);
    import->setObjectName(QStringLiteral("import-partners"));
    auto* allColumns = new QCheckBox(tr("Show all Alma fie&lds"), this);
    allColumns->setObjectName(QStringLiteral("all-partner-columns"));
    auto* count = new QLabel(this);
    table->buttonRow()->addWidget(import);
    table->buttonRow()->addWidget(allColumns);
    table->buttonRow()->addWidget(count);
    addGroup(tr("Partners"), table);

    auto showColumns = [view, allColumns] {
        for (int c = PartnerTableModel::EssentialColumns; c < PartnerTableModel::ColumnCount; ++c)
            view->setColumnHidden(c, !allColumns->isChecked());
    };
    showColumns();
    connect(allColumns, &QCheckBox::toggled, this, showColumns);

    auto updateCount = [model, count] { count->setText(tr("%n partner(s)", nullptr, int(model->partners().size()))); };
    updateCount();
    connect(model, &SetupModel::partnersChanged, count, updateCount);
    connect(model, &SetupModel::modelReset, count, updateCount);

    connect(import, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import partners"), QString(),
            tr("CSV files (*.csv *.txt);;All files (*)"));
        if (!path.isEmpty())
            importCsv(path);
    });
}

void PartnersPage::importCsv(const QString& path)
{
    const PartnerCsvReader::Result result
        = PartnerCsvReader::readFile(path, PartnerTableModel::newPartner(*model()));
    if (!result.ok()) {
        // Nothing is imported from a file with errors, so a fixed file can simply be imported again.
        QMessageBox::warning(this, tr("Import partners"),
            tr("Nothing was imported from %1:\n%2")
                .arg(QDir::toNativeSeparators(path), result.errors.mid(0, 20).join(QLatin1Char('\n'))));
        return;
    }
    const auto [added, updated] = model()->mergePartners(result.partners);
    QMessageBox::information(this, tr("Import partners"),
        tr("%1 partner(s) added, %2 updated from %3.").arg(added).arg(updated).arg(QDir::toNativeSeparators(path)));
}
