#include "itemmodels/PartnerTableModel.h"

#include "itemmodels/FindingIcon.h"
#include "model/FieldId.h"
#include "model/PartnerFields.h"
#include "model/SetupModel.h"

PartnerTableModel::PartnerTableModel(SetupModel* model, QObject* parent)
    : SetupTableModel(model, parent)
    , m_fields(PartnerFields::columns())
{
    for (const PartnerField& f : PartnerFields::all()) {
        if (!m_fields.contains(&f))
            m_fields.append(&f);
    }
    connect(model, &SetupModel::partnersChanged, this, &PartnerTableModel::resetFromModel);
}

const PartnerField& PartnerTableModel::field(int column) const
{
    return *m_fields.at(column);
}

int PartnerTableModel::columnOf(const QString& fieldKey) const
{
    for (int c = 0; c < m_fields.size(); ++c) {
        if (fieldKey == QLatin1String(m_fields.at(c)->key))
            return c;
    }
    return -1;
}

int PartnerTableModel::tableColumns() const
{
    return int(PartnerFields::columns().size());
}

int PartnerTableModel::listSize() const
{
    return int(setupModel()->partners().size());
}

QStringList PartnerTableModel::columnTitles() const
{
    QStringList titles;
    for (const PartnerField* f : m_fields)
        titles.append(f->translatedTitle());
    return titles;
}

bool PartnerTableModel::isCheckColumn(int column) const
{
    return field(column).kind == PartnerField::Kind::YesNo;
}

QVariant PartnerTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Partner& p = setupModel()->partners().at(index.row());
    const PartnerField& f = field(index.column());
    if ((role == Qt::DecorationRole || role == Qt::ToolTipRole) && !m_findings.isEmpty()) {
        const QList<Finding> findings = findingsAt(index);
        if (!findings.isEmpty()) {
            if (role == Qt::DecorationRole)
                return FindingIcon::of(*FindingIcon::worst(findings));
            return FindingIcon::tooltip(findings);
        }
    }
    if (role == Qt::ToolTipRole && !f.isSet(p) && f.appliesTo(p.profileType))
        return tr("Not set: a push leaves Alma's value as it is.");
    if (f.kind == PartnerField::Kind::YesNo) {
        if (role != Qt::CheckStateRole)
            return {};
        const std::optional<bool> on = p.*f.yesNo;
        return on ? (*on ? Qt::Checked : Qt::Unchecked) : Qt::PartiallyChecked;
    }
    if (role == Qt::TextAlignmentRole && f.kind == PartnerField::Kind::Number)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    const QVariant value = f.value(p);
    return value.isValid() ? value : QVariant(QString());
}

void PartnerTableModel::setFindings(const QList<Finding>& findings)
{
    QHash<QString, QList<Finding>> byCell;
    for (const Finding& f : findings) {
        if (!f.subject.startsWith(QLatin1String("partners/")))
            continue;
        const QString code = f.subject.mid(9);
        byCell[code + QLatin1Char('#') + (f.field.isEmpty() ? QStringLiteral("code") : f.field)].append(f);
    }
    if (byCell == m_findings)
        return;
    m_findings = byCell;
    if (rowCount() > 0)
        Q_EMIT dataChanged(
            index(0, 0), index(rowCount() - 1, columnCount() - 1), { Qt::DecorationRole, Qt::ToolTipRole });
}

QList<Finding> PartnerTableModel::findingsAt(const QModelIndex& index) const
{
    if (!index.isValid() || index.row() >= setupModel()->partners().size())
        return {};
    const QString code = setupModel()->partners().at(index.row()).code.trimmed();
    return m_findings.value(code + QLatin1Char('#') + QString::fromLatin1(field(index.column()).key));
}

bool PartnerTableModel::setCell(int row, int column, const QVariant& value, int role)
{
    Partner p = setupModel()->partners().at(row);
    const PartnerField& f = field(column);
    switch (f.kind) {
    case PartnerField::Kind::YesNo:
        if (role == Qt::CheckStateRole)
            f.setValue(p, value.toInt() == Qt::Checked);
        else if (value.toString().isEmpty())
            f.clear(p); // an empty edit: not set
        else
            return false;
        break;
    case PartnerField::Kind::Number: {
        const QString text = value.toString().trimmed();
        if (text.isEmpty()) {
            f.clear(p);
            break;
        }
        bool ok = false;
        const int n = text.toInt(&ok);
        if (!ok || n < 0)
            return false;
        f.setValue(p, n);
        break;
    }
    case PartnerField::Kind::Choice: {
        const QString text = value.toString().trimmed().toUpper();
        if (!text.isEmpty() && !f.choices.contains(text))
            return false; // only the contract's values
        f.setValue(p, text);
        break;
    }
    case PartnerField::Kind::Text:
        f.setValue(p, value.toString().trimmed());
        break;
    }
    setupModel()->setPartner(row, p);
    return true;
}

Partner PartnerTableModel::newPartner(const SetupModel& model)
{
    Partner p;
    for (const PartnerFields::NewPartnerValue& v : PartnerFields::newPartnerValues()) {
        const PartnerField* field = PartnerFields::find(QString::fromLatin1(v.key));
        const QString value = QString::fromLatin1(v.value);
        field->setValue(
            p, field->kind == PartnerField::Kind::YesNo ? QVariant(value == QLatin1String("true")) : QVariant(value));
    }
    // The guide: "Select the workflow profiles you configured"; the expiry is section 6's default.
    p.borrowingWorkflow = model.text(QString::fromLatin1(FieldId::BorrowingProfileCode));
    p.lendingWorkflow = model.text(QString::fromLatin1(FieldId::LendingProfileCode));
    p.expiryDays = model.number(QString::fromLatin1(FieldId::PartnerDefaultExpiryDays));
    return p;
}

void PartnerTableModel::insertDefaultRows(int row, int count)
{
    setupModel()->insertPartners(row, QList<Partner>(count, newPartner(*setupModel())));
}

void PartnerTableModel::removeListRows(int row, int count)
{
    setupModel()->removePartners(row, count);
}
