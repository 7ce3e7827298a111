// Unit tests of the item models over a SetupModel: each one runs under QAbstractItemModelTester
// while rows are inserted, removed and edited through the table, and while the SetupModel is
// changed from outside (undo, setRule, mergePartners, reset, presets). Edits must land in the
// SetupModel; outside changes must reset the table.
#include "PluralForms.h"
#include "checks/SetupValidation.h"
#include "itemmodels/FindingsTableModel.h"
#include "itemmodels/KeyValueTableModel.h"
#include "itemmodels/PartnerTableModel.h"
#include "itemmodels/PolicyTableModel.h"
#include "itemmodels/RuleConditionTableModel.h"
#include "itemmodels/RuleListTableModel.h"
#include "itemmodels/SectionStatusModel.h"
#include "model/FieldId.h"
#include "model/PartnerFields.h"
#include "model/Presets.h"
#include "model/RuleCatalog.h"
#include "model/SectionCatalog.h"
#include "model/SetupModel.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QLoggingCategory>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include <memory>

namespace {
QString F(const char* id)
{
    return QString::fromLatin1(id);
}

using Mode = QAbstractItemModelTester::FailureReportingMode;

// Signals of a table model, counted.
struct Spies {
    explicit Spies(QAbstractItemModel* m)
        : reset(m, &QAbstractItemModel::modelReset)
        , inserted(m, &QAbstractItemModel::rowsInserted)
        , removed(m, &QAbstractItemModel::rowsRemoved)
        , changed(m, &QAbstractItemModel::dataChanged)
    {
    }
    void clear()
    {
        reset.clear();
        inserted.clear();
        removed.clear();
        changed.clear();
    }
    QSignalSpy reset;
    QSignalSpy inserted;
    QSignalSpy removed;
    QSignalSpy changed;
};

Partner partner(const QString& code, const QString& name = {})
{
    Partner p;
    p.code = code;
    p.name = name;
    p.profileType = QStringLiteral("NCIP_P2P");
    p.status = QStringLiteral("ACTIVE");
    p.expiryDays = 4;
    p.borrowingSupported = true;
    p.lendingSupported = true;
    return p;
}

// The partner table's column of a PartnerFields key.
int column(const PartnerTableModel& t, const char* key)
{
    const int c = t.columnOf(QString::fromLatin1(key));
    Q_ASSERT(c >= 0);
    return c;
}
} // namespace

class TestTableModels : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(installPluralForms());
        // QAbstractItemModelTester probes data() and flags() with invalid indexes on purpose; the
        // models refuse them through checkIndex(), which logs each refusal. Keep the output readable.
        QLoggingCategory::setFilterRules(QStringLiteral("qt.core.qabstractitemmodel.checkindex=false"));
    }
    void init() { qputenv("USER", "test-login"); }

    void partnerTableStructure();
    void partnerTableEdits();
    void partnerTableCheckState();
    void partnerTableInsertRemove();
    void partnerTableExternalChanges();

    void otherSettingsTable();
    void otherSettingsExternalChanges();
    void ruleOutputsTable();
    void ruleOutputsExternalChanges();

    void policyTable();
    void policyTableExternalChanges();

    void ruleConditionTable();
    void ruleConditionOperators();
    void ruleConditionExternalChanges();
    void conditionValuesCell();
    void ruleTablesShareOneRule();
    void ruleRowInsertIsOwnUndoStep();

    void sectionStatusModel();
    void sectionStatusFollowsChanges();

    void allModelsSurviveResetAndPreset();

    void ruleListTable();
    void ruleListMoves();
    void ruleListDragAndDrop();
    void ruleListExternalChanges();
    void findingsTable();
    void sectionStatusShowsFindings();
};

// ---------------------------------------------------------------- partners

void TestTableModels::partnerTableStructure()
{
    SetupModel m;
    PartnerTableModel t(&m);
    QAbstractItemModelTester tester(&t, Mode::QtTest);
    QCOMPARE(t.rowCount(), 0);
    QCOMPARE(t.columnCount(), int(PartnerFields::all().size()));
    QCOMPARE(t.headerData(column(t, "code"), Qt::Horizontal).toString(), QStringLiteral("Code"));
    QCOMPARE(t.headerData(column(t, "expiryDays"), Qt::Horizontal).toString(), QStringLiteral("Expiry days"));
    QVERIFY(!t.headerData(int(PartnerFields::all().size()), Qt::Horizontal).isValid());
    QCOMPARE(t.headerData(0, Qt::Vertical).toInt(), 1);
    QCOMPARE(t.tableColumns(), int(PartnerFields::columns().size()));

    m.insertPartners(0, { partner(QStringLiteral("A"), QStringLiteral("Alpha")) });
    QCOMPARE(t.rowCount(), 1);
    QCOMPARE(t.rowCount(t.index(0, 0)), 0);
    QCOMPARE(t.columnCount(t.index(0, 0)), 0);

    const Qt::ItemFlags textFlags = t.flags(t.index(0, column(t, "name")));
    QVERIFY(textFlags & Qt::ItemIsEditable);
    QVERIFY(textFlags & Qt::ItemIsEnabled);
    QVERIFY(!(textFlags & Qt::ItemIsUserCheckable));
    const Qt::ItemFlags checkFlags = t.flags(t.index(0, column(t, "lendingSupported")));
    QVERIFY(checkFlags & Qt::ItemIsUserCheckable);
    QVERIFY(!(checkFlags & Qt::ItemIsEditable));
    QCOMPARE(t.flags(QModelIndex()), Qt::NoItemFlags);

    QCOMPARE(t.data(t.index(0, column(t, "code"))).toString(), QStringLiteral("A"));
    QCOMPARE(t.data(t.index(0, column(t, "name")), Qt::EditRole).toString(), QStringLiteral("Alpha"));
    QCOMPARE(t.data(t.index(0, column(t, "profileType"))).toString(), QStringLiteral("NCIP_P2P"));
    QCOMPARE(t.data(t.index(0, column(t, "status"))).toString(), QStringLiteral("ACTIVE"));
    QCOMPARE(t.data(t.index(0, column(t, "expiryDays"))).toInt(), 4);
    QCOMPARE(t.data(t.index(0, column(t, "expiryDays")), Qt::TextAlignmentRole).toInt(),
        int(Qt::AlignRight | Qt::AlignVCenter));
    QVERIFY(!t.data(t.index(0, column(t, "name")), Qt::TextAlignmentRole).isValid());
    QVERIFY(!t.data(t.index(0, column(t, "borrowingSupported")), Qt::DisplayRole).isValid());
    QVERIFY(!t.data(t.index(0, column(t, "name")), Qt::CheckStateRole).isValid());
}

void TestTableModels::partnerTableEdits()
{
    SetupModel m;
    m.insertPartners(0, { partner(QStringLiteral("A")), partner(QStringLiteral("B")) });
    PartnerTableModel t(&m);
    QAbstractItemModelTester tester(&t, Mode::QtTest);
    Spies spies(&t);
    const int commands = m.undoStack()->count();

    QVERIFY(t.setData(t.index(1, column(t, "code")), QStringLiteral("  GWU ")));
    QCOMPARE(m.partners().at(1).code, QStringLiteral("GWU"));
    QCOMPARE(t.data(t.index(1, column(t, "code"))).toString(), QStringLiteral("GWU"));
    QCOMPARE(spies.changed.count(), 1);
    const QModelIndex tl = spies.changed.at(0).at(0).toModelIndex();
    const QModelIndex br = spies.changed.at(0).at(1).toModelIndex();
    QCOMPARE(tl, t.index(1, 0));
    QCOMPARE(br, t.index(1, t.columnCount() - 1));
    // A self edit is a precise change, not a reset.
    QCOMPARE(spies.reset.count(), 0);

    QVERIFY(t.setData(t.index(1, column(t, "name")), QStringLiteral("George Washington")));
    QVERIFY(t.setData(t.index(1, column(t, "status")), QStringLiteral("inactive")));
    QVERIFY(t.setData(t.index(1, column(t, "profileType")), QStringLiteral("ISO_18626")));
    QVERIFY(t.setData(t.index(1, column(t, "borrowingWorkflow")), QStringLiteral("BW")));
    QVERIFY(t.setData(t.index(1, column(t, "lendingWorkflow")), QStringLiteral("LW")));
    QVERIFY(t.setData(t.index(1, column(t, "locateProfile")), QStringLiteral("LP")));
    QVERIFY(t.setData(t.index(1, column(t, "institutionCode")), QStringLiteral("IC")));
    QVERIFY(t.setData(t.index(1, column(t, "holdingCode")), QStringLiteral("HC")));
    QVERIFY(t.setData(t.index(1, column(t, "systemType")), QStringLiteral("ST")));
    QVERIFY(t.setData(t.index(1, column(t, "expiryDays")), QStringLiteral("12")));
    QVERIFY(t.setData(t.index(1, column(t, "avgSupplyTime")), 2));
    QVERIFY(t.setData(t.index(1, column(t, "deliveryDelay")), 0));
    const Partner& p = m.partners().at(1);
    QCOMPARE(p.name, QStringLiteral("George Washington"));
    QCOMPARE(p.status, QStringLiteral("INACTIVE"));
    QCOMPARE(p.profileType, QStringLiteral("ISO_18626"));
    QCOMPARE(p.borrowingWorkflow, QStringLiteral("BW"));
    QCOMPARE(p.lendingWorkflow, QStringLiteral("LW"));
    QCOMPARE(p.locateProfile, QStringLiteral("LP"));
    QCOMPARE(p.institutionCode, QStringLiteral("IC"));
    QCOMPARE(p.holdingCode, QStringLiteral("HC"));
    QCOMPARE(p.systemType, QStringLiteral("ST"));
    QCOMPARE(p.expiryDays.value_or(-1), 12);
    QCOMPARE(p.avgSupplyTime.value_or(-1), 2);
    QCOMPARE(p.deliveryDelay.value_or(-1), 0);
    QCOMPARE(t.data(t.index(1, column(t, "expiryDays"))).toInt(), 12);
    // The other row is untouched.
    QCOMPARE(m.partners().at(0), partner(QStringLiteral("A")));

    // Refused values change nothing.
    spies.clear();
    QVERIFY(!t.setData(t.index(1, column(t, "expiryDays")), QStringLiteral("soon")));
    QVERIFY(!t.setData(t.index(1, column(t, "expiryDays")), -1));
    QVERIFY(!t.setData(t.index(1, column(t, "name")), QStringLiteral("x"), Qt::DisplayRole));
    QVERIFY(!t.setData(QModelIndex(), QStringLiteral("x")));
    QCOMPARE(m.partners().at(1).expiryDays.value_or(-1), 12);
    QCOMPARE(m.partners().at(1).name, QStringLiteral("George Washington"));
    QCOMPARE(spies.changed.count(), 0);

    // The edits of one row are one undo step, and undoing it resets the table.
    QCOMPARE(m.undoStack()->count(), commands + 1);
    m.undoStack()->undo();
    QCOMPARE(spies.reset.count(), 1);
    QCOMPARE(m.partners().at(1), partner(QStringLiteral("B")));
    QCOMPARE(t.data(t.index(1, column(t, "code"))).toString(), QStringLiteral("B"));
}

void TestTableModels::partnerTableCheckState()
{
    SetupModel m;
    m.insertPartners(0, { partner(QStringLiteral("A")) });
    PartnerTableModel t(&m);
    QAbstractItemModelTester tester(&t, Mode::QtTest);
    Spies spies(&t);
    const QModelIndex borrowing = t.index(0, column(t, "borrowingSupported"));
    const QModelIndex lending = t.index(0, column(t, "lendingSupported"));

    QCOMPARE(t.data(borrowing, Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QCOMPARE(t.data(lending, Qt::CheckStateRole).toInt(), int(Qt::Checked));

    // Only the check state role edits a check column.
    QVERIFY(!t.setData(borrowing, false, Qt::EditRole));
    QVERIFY(m.partners().at(0).borrowingSupported.value_or(false));

    QVERIFY(t.setData(borrowing, Qt::Unchecked, Qt::CheckStateRole));
    QVERIFY(!m.partners().at(0).borrowingSupported.value_or(true));
    QVERIFY(m.partners().at(0).lendingSupported.value_or(false));
    QCOMPARE(t.data(borrowing, Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    QCOMPARE(spies.changed.count(), 1);
    QCOMPARE(spies.reset.count(), 0);

    // As a view sends it: an int.
    QVERIFY(t.setData(lending, int(Qt::Unchecked), Qt::CheckStateRole));
    QVERIFY(!m.partners().at(0).lendingSupported.value_or(true));
    QVERIFY(t.setData(lending, int(Qt::Checked), Qt::CheckStateRole));
    QVERIFY(m.partners().at(0).lendingSupported.value_or(false));

    // Check state on a text column is refused.
    QVERIFY(!t.setData(t.index(0, column(t, "name")), Qt::Checked, Qt::CheckStateRole));

    // The edits of the row are one undo step (insert + merged edits); undo resets the table.
    QCOMPARE(m.undoStack()->count(), 2);
    m.undoStack()->undo();
    QCOMPARE(spies.reset.count(), 1);
    QVERIFY(m.partners().at(0).borrowingSupported.value_or(false));
    QCOMPARE(t.data(borrowing, Qt::CheckStateRole).toInt(), int(Qt::Checked));
}

void TestTableModels::partnerTableInsertRemove()
{
    SetupModel m;
    m.setField(F(FieldId::PartnerDefaultExpiryDays), 9);
    m.setField(F(FieldId::BorrowingProfileCode), QStringLiteral("MY_BORROWING"));
    PartnerTableModel t(&m);
    QAbstractItemModelTester tester(&t, Mode::QtTest);
    Spies spies(&t);

    QVERIFY(t.insertRows(0, 2));
    QCOMPARE(t.rowCount(), 2);
    QCOMPARE(m.partners().size(), 2);
    QCOMPARE(spies.inserted.count(), 1);
    QCOMPARE(spies.inserted.at(0).at(1).toInt(), 0);
    QCOMPARE(spies.inserted.at(0).at(2).toInt(), 1);
    QCOMPARE(spies.reset.count(), 0);
    // New rows take the setup's defaults.
    const Partner fresh = PartnerTableModel::newPartner(m);
    QCOMPARE(fresh.expiryDays.value_or(-1), 9);
    QCOMPARE(fresh.borrowingWorkflow, QStringLiteral("MY_BORROWING"));
    QCOMPARE(fresh.lendingWorkflow, QStringLiteral("P2P_LENDING"));
    QCOMPARE(m.partners().at(0), fresh);
    QCOMPARE(m.partners().at(1), fresh);

    QVERIFY(t.setData(t.index(0, column(t, "code")), QStringLiteral("A")));
    QVERIFY(t.setData(t.index(1, column(t, "code")), QStringLiteral("C")));
    QVERIFY(t.insertRows(1, 1));
    QVERIFY(t.setData(t.index(1, column(t, "code")), QStringLiteral("B")));
    QVERIFY(t.insertRows(3, 1)); // append
    QCOMPARE(m.partnerCodes(), (QStringList { "A", "B", "C", QString() }));

    // Invalid requests are refused without touching anything.
    spies.clear();
    QVERIFY(!t.insertRows(-1, 1));
    QVERIFY(!t.insertRows(5, 1));
    QVERIFY(!t.insertRows(0, 0));
    QVERIFY(!t.insertRows(0, 1, t.index(0, 0)));
    QVERIFY(!t.removeRows(3, 2));
    QVERIFY(!t.removeRows(-1, 1));
    QVERIFY(!t.removeRows(0, 0));
    QVERIFY(!t.removeRows(0, 1, t.index(0, 0)));
    QCOMPARE(m.partners().size(), 4);
    QCOMPARE(spies.inserted.count() + spies.removed.count() + spies.reset.count(), 0);

    QVERIFY(t.removeRows(1, 2));
    QCOMPARE(m.partnerCodes(), (QStringList { "A", QString() }));
    QCOMPARE(spies.removed.count(), 1);
    QCOMPARE(spies.reset.count(), 0);
    QVERIFY(t.removeRow(1));
    QCOMPARE(m.partnerCodes(), QStringList { "A" });
    QCOMPARE(t.rowCount(), 1);

    // Undo of a remove puts the rows back (by resetting the table).
    m.undoStack()->undo();
    QCOMPARE(spies.reset.count(), 1);
    QCOMPARE(t.rowCount(), 2);
    m.undoStack()->undo();
    QCOMPARE(t.rowCount(), 4);
    QCOMPARE(m.partnerCodes(), (QStringList { "A", "B", "C", QString() }));
}

void TestTableModels::partnerTableExternalChanges()
{
    SetupModel m;
    PartnerTableModel t(&m);
    PartnerTableModel second(&m); // another view of the same list
    QAbstractItemModelTester tester(&t, Mode::QtTest);
    QAbstractItemModelTester tester2(&second, Mode::QtTest);
    Spies spies(&t);
    Spies spies2(&second);

    const auto [added, updated] = m.mergePartners({ partner(QStringLiteral("A")), partner(QStringLiteral("B")) });
    QCOMPARE(added, 2);
    QCOMPARE(updated, 0);
    QCOMPARE(spies.reset.count(), 1);
    QCOMPARE(t.rowCount(), 2);

    const auto r
        = m.mergePartners({ partner(QStringLiteral("B"), QStringLiteral("Bee")), partner(QStringLiteral("C")) });
    QCOMPARE(r.first, 1);
    QCOMPARE(r.second, 1);
    QCOMPARE(spies.reset.count(), 2);
    QCOMPARE(t.rowCount(), 3);
    QCOMPARE(t.data(t.index(1, column(t, "name"))).toString(), QStringLiteral("Bee"));

    // A merge that changes nothing does not reset.
    m.mergePartners({ partner(QStringLiteral("C")) });
    QCOMPARE(spies.reset.count(), 2);

    m.undoStack()->undo();
    QCOMPARE(spies.reset.count(), 3);
    QCOMPARE(t.rowCount(), 2);
    m.undoStack()->redo();
    QCOMPARE(t.rowCount(), 3);

    m.setPartner(0, partner(QStringLiteral("A"), QStringLiteral("Alpha")));
    QCOMPARE(spies.reset.count(), 5);
    QCOMPARE(t.data(t.index(0, column(t, "name"))).toString(), QStringLiteral("Alpha"));
    m.removePartners(0, 3);
    QCOMPARE(t.rowCount(), 0);

    // An edit through one view resets the other view.
    m.undoStack()->undo();
    spies.clear();
    spies2.clear();
    QVERIFY(t.setData(t.index(0, column(t, "name")), QStringLiteral("Aleph")));
    QCOMPARE(spies.reset.count(), 0);
    QCOMPARE(spies.changed.count(), 1);
    QCOMPARE(spies2.reset.count(), 1);
    QCOMPARE(second.data(second.index(0, column(t, "name"))).toString(), QStringLiteral("Aleph"));
    QVERIFY(t.insertRows(0, 1));
    QCOMPARE(spies2.reset.count(), 2);
    QCOMPARE(second.rowCount(), 4);
}

// ---------------------------------------------------------------- key/value tables

void TestTableModels::otherSettingsTable()
{
    SetupModel m;
    std::unique_ptr<KeyValueTableModel> t(KeyValueTableModel::forOtherSettings(&m));
    QAbstractItemModelTester tester(t.get(), Mode::QtTest);
    Spies spies(t.get());

    QCOMPARE(t->columnCount(), 2);
    QCOMPARE(t->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Parameter"));
    QCOMPARE(t->headerData(1, Qt::Horizontal).toString(), QStringLiteral("Value"));
    QCOMPARE(t->rowCount(), m.otherSettings().size());
    QCOMPARE(t->rowCount(), 2);
    QCOMPARE(t->data(t->index(0, 0)).toString(), QStringLiteral("ill_item_creation_lib_code"));
    QCOMPARE(t->data(t->index(1, 0), Qt::EditRole).toString(), QStringLiteral("ill_item_creation_loc_code"));
    // Where each parameter comes from: lib_code is confirmed, loc_code is unconfirmed (in italics,
    // and says so where it is shown), and a name typed in the setup says so.
    QVERIFY(t->data(t->index(0, 0), Qt::ToolTipRole).toString().startsWith(QStringLiteral("From a public source")));
    QVERIFY(!t->data(t->index(0, 0), Qt::FontRole).value<QFont>().italic());
    QCOMPARE(t->data(t->index(1, 0)).toString(), QStringLiteral("ill_item_creation_loc_code (unconfirmed)"));
    QVERIFY(t->data(t->index(1, 0), Qt::ToolTipRole).toString().startsWith(QStringLiteral("Unconfirmed")));
    QVERIFY(t->data(t->index(1, 0), Qt::FontRole).value<QFont>().italic());
    QVERIFY(!t->data(t->index(0, 1), Qt::ToolTipRole).isValid());
    QVERIFY(t->flags(t->index(0, 1)) & Qt::ItemIsEditable);

    QVERIFY(t->setData(t->index(1, 1), QStringLiteral(" CLSBORR ")));
    QCOMPARE(m.otherSettings().at(1).value, QStringLiteral("CLSBORR"));
    QCOMPARE(t->data(t->index(1, 1)).toString(), QStringLiteral("CLSBORR"));
    QCOMPARE(spies.changed.count(), 1);
    QCOMPARE(spies.reset.count(), 0);

    QVERIFY(t->insertRows(2, 2));
    QCOMPARE(m.otherSettings().size(), 4);
    QCOMPARE(m.otherSettings().at(2), KeyValue {});
    QVERIFY(t->setData(t->index(2, 0), QStringLiteral("rs_keep_rejected_digital_requests_in_borrowing_list")));
    QVERIFY(t->setData(t->index(2, 1), QStringLiteral("false")));
    QCOMPARE(m.otherSettings().at(2),
        (KeyValue { QStringLiteral("rs_keep_rejected_digital_requests_in_borrowing_list"), QStringLiteral("false") }));
    QVERIFY(t->removeRows(3, 1));
    QVERIFY(t->removeRows(0, 1));
    QCOMPARE(m.otherSettings().size(), 2);
    QCOMPARE(m.otherSettings().at(0).key, QStringLiteral("ill_item_creation_loc_code"));
    QCOMPARE(spies.inserted.count(), 1);
    QCOMPARE(spies.removed.count(), 2);
    QCOMPARE(spies.reset.count(), 0);
    QCOMPARE(t->rowCount(), 2);
}

void TestTableModels::otherSettingsExternalChanges()
{
    SetupModel m;
    std::unique_ptr<KeyValueTableModel> t(KeyValueTableModel::forOtherSettings(&m));
    QAbstractItemModelTester tester(t.get(), Mode::QtTest);
    Spies spies(t.get());

    m.setOtherSettings({ { QStringLiteral("a"), QStringLiteral("1") } });
    QCOMPARE(spies.reset.count(), 1);
    QCOMPARE(t->rowCount(), 1);
    m.undoStack()->undo();
    QCOMPARE(spies.reset.count(), 2);
    QCOMPARE(t->rowCount(), 2);

    // Other lists do not reset this table.
    m.insertPartners(0, { partner(QStringLiteral("A")) });
    m.setField(F(FieldId::LibraryCode), QStringLiteral("MAIN"));
    Rule r = m.rule(RuleId::RotaAssignment);
    r.name = QStringLiteral("x");
    m.setRule(RuleId::RotaAssignment, r);
    QCOMPARE(spies.reset.count(), 2);

    // A preset replaces the rows.
    m.applyPreset(F(Presets::Wrlc));
    QCOMPARE(spies.reset.count(), 3);
    QCOMPARE(t->data(t->index(1, 1)).toString(), QStringLiteral("CLSBORR"));
}

void TestTableModels::ruleOutputsTable()
{
    SetupModel m;
    const RuleId id = RuleId::TemporaryItemCreation;
    std::unique_ptr<KeyValueTableModel> t(KeyValueTableModel::forRuleOutputs(&m, id));
    QAbstractItemModelTester tester(t.get(), Mode::QtTest);
    Spies spies(t.get());
    const QList<Rule> othersBefore = { m.rule(RuleId::FulfillmentUnitLoan), m.rule(RuleId::RotaAssignment) };

    QCOMPARE(t->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Output"));
    QCOMPARE(t->rowCount(), m.rule(id).outputs.size());
    QCOMPARE(t->rowCount(), 2);
    QCOMPARE(t->data(t->index(0, 0)).toString(), QStringLiteral("Item Policy"));
    QCOMPARE(t->data(t->index(0, 1)).toString(), QStringLiteral("P2P"));

    QVERIFY(t->setData(t->index(1, 1), QStringLiteral("CLSBORR")));
    QCOMPARE(m.rule(id).outputs.at(1), (KeyValue { QStringLiteral("Location"), QStringLiteral("CLSBORR") }));
    QVERIFY(t->insertRows(0, 1));
    QCOMPARE(m.rule(id).outputs.size(), 3);
    QCOMPARE(m.rule(id).outputs.at(0), KeyValue {});
    QVERIFY(t->setData(t->index(0, 0), QStringLiteral("Material Type")));
    QCOMPARE(m.rule(id).outputs.at(0).key, QStringLiteral("Material Type"));
    QVERIFY(t->removeRows(0, 1));
    QCOMPARE(m.rule(id).outputs.size(), 2);
    QCOMPARE(spies.reset.count(), 0);
    QCOMPARE(spies.inserted.count(), 1);
    QCOMPARE(spies.removed.count(), 1);

    // The rest of the rule and the other rules are untouched.
    QCOMPARE(m.rule(id).conditions, Presets::create(F(Presets::Blank)).rules.value(id).conditions);
    QCOMPARE(m.rule(id).name, Presets::create(F(Presets::Blank)).rules.value(id).name);
    QCOMPARE(m.rule(RuleId::FulfillmentUnitLoan), othersBefore.at(0));
    QCOMPARE(m.rule(RuleId::RotaAssignment), othersBefore.at(1));
}

void TestTableModels::ruleOutputsExternalChanges()
{
    SetupModel m;
    const RuleId id = RuleId::FulfillmentUnitLoan;
    std::unique_ptr<KeyValueTableModel> t(KeyValueTableModel::forRuleOutputs(&m, id));
    QAbstractItemModelTester tester(t.get(), Mode::QtTest);
    Spies spies(t.get());

    // Another rule changing leaves this table alone.
    Rule other = m.rule(RuleId::FulfillmentUnitLendingResourceSharing);
    other.outputs.clear();
    m.setRule(RuleId::FulfillmentUnitLendingResourceSharing, other);
    QCOMPARE(spies.reset.count(), 0);

    Rule r = m.rule(id);
    r.outputs = { { QStringLiteral("Terms of Use"), QStringLiteral("A") }, { QStringLiteral("X"), QStringLiteral("Y") },
        { QStringLiteral("P"), QStringLiteral("Q") } };
    m.setRule(id, r);
    QCOMPARE(spies.reset.count(), 1);
    QCOMPARE(t->rowCount(), 3);
    QCOMPARE(t->data(t->index(2, 0)).toString(), QStringLiteral("P"));

    m.undoStack()->undo();
    QCOMPARE(spies.reset.count(), 2);
    QCOMPARE(t->rowCount(), 1);
    QCOMPARE(t->data(t->index(0, 1)).toString(), QStringLiteral("Peer to Peer Loan"));

    // Editing through the table, then undoing.
    QVERIFY(t->setData(t->index(0, 1), QStringLiteral("Other TOU")));
    QCOMPARE(m.rule(id).outputs.at(0).value, QStringLiteral("Other TOU"));
    QCOMPARE(spies.reset.count(), 2);
    m.undoStack()->undo();
    QCOMPARE(spies.reset.count(), 3);
    QCOMPARE(m.rule(id).outputs.at(0).value, QStringLiteral("Peer to Peer Loan"));
}

// ---------------------------------------------------------------- policies

void TestTableModels::policyTable()
{
    SetupModel m;
    PolicyTableModel t(&m);
    QAbstractItemModelTester tester(&t, Mode::QtTest);
    Spies spies(&t);

    QCOMPARE(t.columnCount(), int(PolicyTableModel::ColumnCount));
    QCOMPARE(t.headerData(PolicyTableModel::Type, Qt::Horizontal).toString(), QStringLiteral("Policy type"));
    QCOMPARE(t.rowCount(), 0);
    QVERIFY(PolicyTableModel::policyTypes().contains(QStringLiteral("Loan Period")));

    QVERIFY(t.insertRows(0, 2));
    QCOMPARE(m.policies().size(), 2);
    QCOMPARE(m.policies().at(0).type, PolicyTableModel::policyTypes().constFirst());
    QCOMPARE(t.data(t.index(1, PolicyTableModel::Type)).toString(), PolicyTableModel::policyTypes().constFirst());

    QVERIFY(t.setData(t.index(0, PolicyTableModel::Name), QStringLiteral(" P2P loan period ")));
    QVERIFY(t.setData(t.index(0, PolicyTableModel::Value), QStringLiteral("28")));
    QVERIFY(t.setData(t.index(0, PolicyTableModel::Description), QStringLiteral("four weeks")));
    QVERIFY(t.setData(t.index(1, PolicyTableModel::Type), QStringLiteral("Is Loanable")));
    QVERIFY(t.setData(t.index(1, PolicyTableModel::Name), QStringLiteral("Loanable")));
    const FulfillmentPolicy expected0 { QStringLiteral("Loan Period"), QStringLiteral("P2P loan period"),
        QStringLiteral("28"), QStringLiteral("four weeks") };
    QCOMPARE(m.policies().at(0), expected0);
    QCOMPARE(m.policies().at(1).type, QStringLiteral("Is Loanable"));
    QCOMPARE(m.policyNames(), (QStringList { QStringLiteral("P2P loan period"), QStringLiteral("Loanable") }));
    QCOMPARE(t.data(t.index(0, PolicyTableModel::Value), Qt::EditRole).toString(), QStringLiteral("28"));
    QVERIFY(!t.data(t.index(0, PolicyTableModel::Value), Qt::DecorationRole).isValid());
    QCOMPARE(spies.changed.count(), 5);
    QCOMPARE(spies.reset.count(), 0);

    QVERIFY(t.removeRows(0, 1));
    QCOMPARE(m.policies().size(), 1);
    QCOMPARE(m.policies().at(0).name, QStringLiteral("Loanable"));
    QCOMPARE(t.rowCount(), 1);
    QCOMPARE(spies.removed.count(), 1);
    QCOMPARE(spies.reset.count(), 0);
}

void TestTableModels::policyTableExternalChanges()
{
    SetupModel m;
    PolicyTableModel t(&m);
    QAbstractItemModelTester tester(&t, Mode::QtTest);
    Spies spies(&t);

    QVERIFY(t.insertRows(0, 1));
    QVERIFY(t.setData(t.index(0, PolicyTableModel::Name), QStringLiteral("N")));
    QCOMPARE(m.undoStack()->count(), 2);
    m.undoStack()->undo();
    QCOMPARE(spies.reset.count(), 1);
    QCOMPARE(t.data(t.index(0, PolicyTableModel::Name)).toString(), QString());
    m.undoStack()->undo();
    QCOMPARE(spies.reset.count(), 2);
    QCOMPARE(t.rowCount(), 0);
    m.undoStack()->redo();
    m.undoStack()->redo();
    QCOMPARE(t.rowCount(), 1);
    QCOMPARE(t.data(t.index(0, PolicyTableModel::Name)).toString(), QStringLiteral("N"));

    m.setPolicies({});
    QCOMPARE(t.rowCount(), 0);
    QCOMPARE(spies.reset.count(), 5);
    // Unrelated edits do not reset.
    m.setOtherSettings({});
    m.setStepDone(SectionId::FulfillmentPolicies, QStringLiteral("agree-values"), true);
    QCOMPARE(spies.reset.count(), 5);
}

// ---------------------------------------------------------------- rule conditions

void TestTableModels::ruleConditionTable()
{
    SetupModel m;
    const RuleId id = RuleId::FulfillmentUnitLoan;
    RuleConditionTableModel t(&m, id);
    QAbstractItemModelTester tester(&t, Mode::QtTest);
    Spies spies(&t);
    QCOMPARE(t.rule(), id);
    QCOMPARE(t.columnCount(), int(RuleConditionTableModel::ColumnCount));
    QCOMPARE(t.rowCount(), m.rule(id).conditions.size());
    QCOMPARE(t.rowCount(), 1);

    // Item Policy = P2P
    QCOMPARE(t.data(t.index(0, RuleConditionTableModel::Parameter)).toString(), QStringLiteral("Item Policy"));
    QCOMPARE(t.data(t.index(0, RuleConditionTableModel::Operator), Qt::DisplayRole).toString(), QStringLiteral("="));
    QCOMPARE(t.data(t.index(0, RuleConditionTableModel::Operator), Qt::EditRole).toString(), QStringLiteral("="));
    QCOMPARE(t.data(t.index(0, RuleConditionTableModel::Values)).toString(), QStringLiteral("P2P"));
    // Names and operators say where they come from; the program's suggestions are in italics.
    const auto tip = [&t](int row, int column) { return t.data(t.index(row, column), Qt::ToolTipRole).toString(); };
    const auto italic
        = [&t](int row, int column) { return t.data(t.index(row, column), Qt::FontRole).value<QFont>().italic(); };
    QVERIFY(tip(0, RuleConditionTableModel::Parameter).startsWith(QStringLiteral("From a public source")));
    QVERIFY(!italic(0, RuleConditionTableModel::Parameter));
    QVERIFY(tip(0, RuleConditionTableModel::Operator).startsWith(QStringLiteral("From a public source")));
    QVERIFY(!t.data(t.index(0, RuleConditionTableModel::Values), Qt::ToolTipRole).isValid());

    QVERIFY(t.insertRows(1, 1));
    QCOMPARE(m.rule(id).conditions.size(), 2);
    const RuleCondition added = m.rule(id).conditions.at(1);
    QCOMPARE(added.parameter, RuleCatalog::rule(id).parameterNames().constFirst());
    QCOMPARE(added.op, RuleOperator::InList);
    QVERIFY(added.values.isEmpty());

    QVERIFY(t.setData(t.index(1, RuleConditionTableModel::Parameter), QStringLiteral(" User Group ")));
    QVERIFY(t.setData(t.index(1, RuleConditionTableModel::Operator), QStringLiteral("NotInList")));
    QVERIFY(t.setData(t.index(1, RuleConditionTableModel::Values), QStringLiteral("STAFF, ,FACULTY ,")));
    const RuleCondition c = m.rule(id).conditions.at(1);
    QCOMPARE(c.parameter, QStringLiteral("User Group"));
    QCOMPARE(c.op, RuleOperator::NotInList);
    QCOMPARE(c.values, (QStringList { QStringLiteral("STAFF"), QStringLiteral("FACULTY") }));
    QCOMPARE(t.data(t.index(1, RuleConditionTableModel::Values)).toString(), QStringLiteral("STAFF, FACULTY"));
    QCOMPARE(t.data(t.index(1, RuleConditionTableModel::Operator)).toString(), QStringLiteral("NotInList"));
    QVERIFY(tip(1, RuleConditionTableModel::Operator).startsWith(QStringLiteral("Suggested")));
    QVERIFY(italic(1, RuleConditionTableModel::Operator));
    QVERIFY(t.setData(t.index(1, RuleConditionTableModel::Parameter), QStringLiteral("Shelf Mark")));
    QVERIFY(tip(1, RuleConditionTableModel::Parameter).startsWith(QStringLiteral("Typed in this setup")));
    QVERIFY(t.setData(t.index(1, RuleConditionTableModel::Parameter), QStringLiteral("User Group")));
    QCOMPARE(spies.reset.count(), 0);
    QCOMPARE(spies.changed.count(), 5);

    QVERIFY(t.removeRows(0, 1));
    QCOMPARE(m.rule(id).conditions.size(), 1);
    QCOMPARE(m.rule(id).conditions.at(0), c);
    QCOMPARE(spies.reset.count(), 0);
    // The outputs are untouched.
    QCOMPARE(m.rule(id).outputs, Presets::create(F(Presets::Blank)).rules.value(id).outputs);
}

void TestTableModels::ruleConditionOperators()
{
    SetupModel m;
    const RuleId id = RuleId::TemporaryItemCreation;
    RuleConditionTableModel t(&m, id);
    QAbstractItemModelTester tester(&t, Mode::QtTest);
    QVERIFY(t.setData(t.index(0, RuleConditionTableModel::Values), QStringLiteral("A,B")));
    QCOMPARE(m.rule(id).conditions.at(0).values.size(), 2);

    // An unknown token is refused.
    QVERIFY(!t.setData(t.index(0, RuleConditionTableModel::Operator), QStringLiteral("LIKE")));
    QCOMPARE(m.rule(id).conditions.at(0).op, RuleOperator::InList);

    // An operator without values clears them.
    QVERIFY(t.setData(t.index(0, RuleConditionTableModel::Operator), QStringLiteral("IsEmpty")));
    QCOMPARE(m.rule(id).conditions.at(0).op, RuleOperator::IsEmpty);
    QVERIFY(m.rule(id).conditions.at(0).values.isEmpty());
    QCOMPARE(t.data(t.index(0, RuleConditionTableModel::Operator)).toString(), QStringLiteral("Is Empty"));
    QCOMPARE(t.data(t.index(0, RuleConditionTableModel::Operator), Qt::EditRole).toString(), QStringLiteral("IsEmpty"));
    QCOMPARE(t.data(t.index(0, RuleConditionTableModel::Values)).toString(), QStringLiteral("(no value)"));
    QCOMPARE(t.data(t.index(0, RuleConditionTableModel::Values), Qt::EditRole).toString(), QString());

    for (RuleOperator op : RuleOperators::all()) {
        QVERIFY(t.setData(t.index(0, RuleConditionTableModel::Operator), RuleOperators::token(op)));
        QCOMPARE(m.rule(id).conditions.at(0).op, op);
        QCOMPARE(
            t.data(t.index(0, RuleConditionTableModel::Operator), Qt::EditRole).toString(), RuleOperators::token(op));
        QCOMPARE(t.data(t.index(0, RuleConditionTableModel::Operator)).toString(), RuleOperators::displayName(op));
    }
}

void TestTableModels::ruleConditionExternalChanges()
{
    SetupModel m;
    const RuleId id = RuleId::RotaAssignment;
    RuleConditionTableModel t(&m, id);
    QAbstractItemModelTester tester(&t, Mode::QtTest);
    Spies spies(&t);

    Rule r = m.rule(id);
    r.conditions.append({ QStringLiteral("User Group"), RuleOperator::Equals, { QStringLiteral("UG") } });
    r.conditions.append({ QStringLiteral("Citation Type"), RuleOperator::Equals, { QStringLiteral("BK") } });
    m.setRule(id, r);
    QCOMPARE(spies.reset.count(), 1);
    QCOMPARE(t.rowCount(), 3);
    QCOMPARE(t.data(t.index(2, RuleConditionTableModel::Values)).toString(), QStringLiteral("BK"));

    // Changing only the name is a change of the rule too (reset, same rows).
    r.name = QStringLiteral("Renamed");
    m.setRule(id, r);
    QCOMPARE(spies.reset.count(), 2);
    QCOMPARE(t.rowCount(), 3);

    // Other rules leave this table alone.
    Rule other = m.rule(RuleId::SendingBorrowingRequest);
    other.conditions.append({ QStringLiteral("Requested Media"), RuleOperator::IsNotEmpty, {} });
    m.setRule(RuleId::SendingBorrowingRequest, other);
    QCOMPARE(spies.reset.count(), 2);

    m.undoStack()->undo(); // the other rule
    QCOMPARE(spies.reset.count(), 2);
    m.undoStack()->undo(); // the rename: each setRule is its own undo step
    QCOMPARE(spies.reset.count(), 3);
    QCOMPARE(t.rowCount(), 3);
    m.undoStack()->undo(); // the added conditions
    QCOMPARE(spies.reset.count(), 4);
    QCOMPARE(t.rowCount(), 1);
    QCOMPARE(m.rule(id), Presets::create(F(Presets::Blank)).rules.value(id));
}

void TestTableModels::conditionValuesCell()
{
    SetupModel m;
    const RuleId id = RuleId::RotaAssignment;
    RuleConditionTableModel t(&m, id);
    QAbstractItemModelTester tester(&t);
    QVERIFY(t.insertRows(0, 1));
    const QModelIndex values = t.index(0, RuleConditionTableModel::Values);
    auto valuesAfter = [&](const QString& text) {
        t.setData(values, text);
        return m.rule(id).conditions.value(0).values;
    };
    QCOMPARE(valuesAfter(QStringLiteral("A, B ,C")),
        (QStringList { QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C") }));
    QCOMPARE(valuesAfter(QStringLiteral(" , ,")), QStringList());
    QCOMPARE(valuesAfter(QStringLiteral("single value")), QStringList { QStringLiteral("single value") });
    // A value holding a comma is quoted, shown so and read back whole.
    QCOMPARE(valuesAfter(QStringLiteral("\"Smith, J.\", B")),
        (QStringList { QStringLiteral("Smith, J."), QStringLiteral("B") }));
    QCOMPARE(t.data(values, Qt::EditRole).toString(), QStringLiteral("\"Smith, J.\", B"));
    // An unclosed quote is refused and the values stay.
    QVERIFY(!t.setData(values, QStringLiteral("\"open")));
    QCOMPARE(m.rule(id).conditions.value(0).values, (QStringList { QStringLiteral("Smith, J."), QStringLiteral("B") }));
}

void TestTableModels::ruleTablesShareOneRule()
{
    // The conditions and the outputs of one rule, edited side by side (as on a rule page).
    SetupModel m;
    const RuleId id = RuleId::FulfillmentUnitBorrowingResourceSharing;
    RuleConditionTableModel conditions(&m, id);
    std::unique_ptr<KeyValueTableModel> outputs(KeyValueTableModel::forRuleOutputs(&m, id));
    QAbstractItemModelTester tc(&conditions, Mode::QtTest);
    QAbstractItemModelTester to(outputs.get(), Mode::QtTest);
    Spies sc(&conditions);
    Spies so(outputs.get());

    QVERIFY(
        conditions.setData(conditions.index(0, RuleConditionTableModel::Values), QStringLiteral("UNDERGRAD, GRAD")));
    QCOMPARE(sc.reset.count(), 0);
    QCOMPARE(so.reset.count(), 1); // the other table of the rule follows
    QVERIFY(outputs->setData(outputs->index(0, 1), QStringLiteral("Borrowing TOU")));
    QCOMPARE(so.reset.count(), 1);
    QCOMPARE(sc.reset.count(), 1);

    const Rule r = m.rule(id);
    QCOMPARE(r.conditions.at(0).values, (QStringList { QStringLiteral("UNDERGRAD"), QStringLiteral("GRAD") }));
    QCOMPARE(r.outputs.at(0).value, QStringLiteral("Borrowing TOU"));
    QCOMPARE(conditions.data(conditions.index(0, RuleConditionTableModel::Values)).toString(),
        QStringLiteral("UNDERGRAD, GRAD"));
    QCOMPARE(outputs->data(outputs->index(0, 1)).toString(), QStringLiteral("Borrowing TOU"));
}

void TestTableModels::ruleRowInsertIsOwnUndoStep()
{
    // Adding or removing a condition row is a step of its own, like adding or removing a partner;
    // only typing in the same place should merge.
    SetupModel m;
    const RuleId id = RuleId::FulfillmentUnitLoan;
    RuleConditionTableModel t(&m, id);
    QAbstractItemModelTester tester(&t, Mode::QtTest);

    QVERIFY(t.setData(t.index(0, RuleConditionTableModel::Values), QStringLiteral("P2P_NEW")));
    QVERIFY(t.insertRows(1, 1));
    QCOMPARE(t.rowCount(), 2);
    m.undoStack()->undo(); // should undo only the insert
    QCOMPARE(t.rowCount(), 1);
    QCOMPARE(m.rule(id).conditions.at(0).values, QStringList { QStringLiteral("P2P_NEW") });
}

// ---------------------------------------------------------------- section status

void TestTableModels::sectionStatusModel()
{
    SetupModel m;
    SectionStatusModel t(&m);
    QAbstractItemModelTester tester(&t, Mode::QtTest);

    QCOMPARE(t.rowCount(), Sections::Count);
    QCOMPARE(t.columnCount(), int(SectionStatusModel::ColumnCount));
    QCOMPARE(t.rowCount(t.index(0, 0)), 0);
    QCOMPARE(t.headerData(SectionStatusModel::Status, Qt::Horizontal).toString(), QStringLiteral("Status"));
    QVERIFY(!t.headerData(0, Qt::Vertical).isValid());
    for (int row = 0; row < t.rowCount(); ++row) {
        const SectionId s = SectionStatusModel::sectionAt(row);
        QCOMPARE(s, Sections::all().at(row));
        QCOMPARE(
            t.data(t.index(row, SectionStatusModel::Title)).toString(), SectionCatalog::section(s).numberedTitle());
        QVERIFY(t.data(t.index(row, SectionStatusModel::Title))
                    .toString()
                    .startsWith(QString::number(row + 1) + QLatin1Char('.')));
        QCOMPARE(t.data(t.index(row, 0), SectionStatusModel::StatusRole).toInt(), int(SectionStatus::NotStarted));
        QCOMPARE(t.data(t.index(row, 0), SectionStatusModel::SectionKeyRole).toString(), Sections::key(s));
        QCOMPARE(t.data(t.index(row, SectionStatusModel::Status)).toString(), QStringLiteral("Not started"));
        const int steps = int(SectionCatalog::section(s).steps.size());
        QCOMPARE(t.data(t.index(row, SectionStatusModel::Steps)).toString(),
            steps == 1 ? QStringLiteral("0 of 1 step") : QStringLiteral("0 of %1 steps").arg(steps)); // not "1 steps"
        QCOMPARE(t.data(t.index(row, SectionStatusModel::Level)).toString(),
            SectionCatalog::levelName(SectionCatalog::section(s).level));
    }
    QCOMPARE(t.data(t.index(5, SectionStatusModel::Title)).toString(), QStringLiteral("6. Resource Sharing Partners"));
    // Read-only.
    QVERIFY(!(t.flags(t.index(0, 0)) & Qt::ItemIsEditable));
    QVERIFY(!t.setData(t.index(0, 0), QStringLiteral("x")));
}

void TestTableModels::sectionStatusFollowsChanges()
{
    SetupModel m;
    SectionStatusModel t(&m);
    QAbstractItemModelTester tester(&t, Mode::QtTest);
    QSignalSpy changed(&t, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&t, &QAbstractItemModel::modelReset);

    const SectionId s = SectionId::ItemPolicy;
    const int row = Sections::index(s);
    const auto& steps = SectionCatalog::section(s).steps;
    m.setStepDone(s, steps.at(0).key(), true);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex(), t.index(row, 0));
    QCOMPARE(changed.at(0).at(1).toModelIndex(), t.index(row, SectionStatusModel::ColumnCount - 1));
    QCOMPARE(t.data(t.index(row, 0), SectionStatusModel::StatusRole).toInt(), int(SectionStatus::InProgress));
    QCOMPARE(t.data(t.index(row, SectionStatusModel::Status)).toString(), QStringLiteral("In progress"));
    QCOMPARE(
        t.data(t.index(row, SectionStatusModel::Steps)).toString(), QStringLiteral("1 of %1 steps").arg(steps.size()));
    QCOMPARE(t.data(t.index(row, 0), Qt::ToolTipRole).toString(),
        QStringLiteral("In progress, 1 of %1 steps").arg(steps.size()));

    for (const StepSpec& step : steps)
        m.setStepDone(s, step.key(), true);
    QCOMPARE(changed.count(), int(steps.size()));
    QCOMPARE(t.data(t.index(row, 0), SectionStatusModel::StatusRole).toInt(), int(SectionStatus::Done));

    // Not needed, with its reason in the tooltip.
    changed.clear();
    m.setNotNeeded(SectionId::FulfillmentPolicies, true, QStringLiteral("policies are shared"));
    const int policiesRow = Sections::index(SectionId::FulfillmentPolicies);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), policiesRow);
    QCOMPARE(t.data(t.index(policiesRow, 0), SectionStatusModel::StatusRole).toInt(), int(SectionStatus::NotNeeded));
    QCOMPARE(
        t.data(t.index(policiesRow, 0), Qt::ToolTipRole).toString(), QStringLiteral("Not needed: policies are shared"));
    QCOMPARE(t.data(t.index(policiesRow, SectionStatusModel::Status)).toString(), QStringLiteral("Not needed"));

    // Undo moves the rows back.
    changed.clear();
    m.undoStack()->undo();
    QCOMPARE(changed.count(), 1);
    QCOMPARE(t.data(t.index(policiesRow, 0), SectionStatusModel::StatusRole).toInt(), int(SectionStatus::NotStarted));
    m.undoStack()->undo();
    QCOMPARE(changed.count(), 2);
    QCOMPARE(changed.at(1).at(0).toModelIndex().row(), row);
    QCOMPARE(t.data(t.index(row, 0), SectionStatusModel::StatusRole).toInt(), int(SectionStatus::InProgress));

    // Field edits do not touch the model.
    changed.clear();
    m.setField(F(FieldId::Institution), QStringLiteral("X"));
    m.insertPartners(0, { partner(QStringLiteral("A")) });
    QCOMPARE(changed.count(), 0);

    // reset() refreshes every row.
    SetupData d = Presets::create(F(Presets::Blank));
    d.sections[SectionId::Jobs].notNeeded = true;
    m.reset(d);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex(), t.index(0, 0));
    QCOMPARE(changed.at(0).at(1).toModelIndex(), t.index(Sections::Count - 1, SectionStatusModel::ColumnCount - 1));
    QCOMPARE(t.data(t.index(Sections::index(SectionId::Jobs), 0), SectionStatusModel::StatusRole).toInt(),
        int(SectionStatus::NotNeeded));
    QCOMPARE(t.data(t.index(row, 0), SectionStatusModel::StatusRole).toInt(), int(SectionStatus::NotStarted));
    QCOMPARE(reset.count(), 0);
}

// ---------------------------------------------------------------- everything at once

void TestTableModels::allModelsSurviveResetAndPreset()
{
    SetupModel m;
    PartnerTableModel partners(&m);
    std::unique_ptr<KeyValueTableModel> other(KeyValueTableModel::forOtherSettings(&m));
    std::unique_ptr<KeyValueTableModel> outputs(KeyValueTableModel::forRuleOutputs(&m, RuleId::TemporaryItemCreation));
    PolicyTableModel policies(&m);
    RuleConditionTableModel conditions(&m, RuleId::TemporaryItemCreation);
    SectionStatusModel sections(&m);
    QAbstractItemModelTester t1(&partners, Mode::QtTest);
    QAbstractItemModelTester t2(other.get(), Mode::QtTest);
    QAbstractItemModelTester t3(outputs.get(), Mode::QtTest);
    QAbstractItemModelTester t4(&policies, Mode::QtTest);
    QAbstractItemModelTester t5(&conditions, Mode::QtTest);
    QAbstractItemModelTester t6(&sections, Mode::QtTest);
    Spies sp(&partners);
    Spies so(other.get());
    Spies sout(outputs.get());
    Spies spol(&policies);
    Spies scond(&conditions);

    QVERIFY(partners.insertRows(0, 3));
    QVERIFY(policies.insertRows(0, 2));
    QVERIFY(other->insertRows(0, 1));
    QVERIFY(conditions.insertRows(0, 1));
    m.setStepDone(SectionId::Jobs, QStringLiteral("activate-expired-requests-job"), true);

    // A file is loaded: every table resets to the new data.
    SetupData d = Presets::create(F(Presets::Wrlc));
    d.partners = { partner(QStringLiteral("X")) };
    d.policies = { { QStringLiteral("Loan Period"), QStringLiteral("LP"), QStringLiteral("21"), {} } };
    m.reset(d);
    QCOMPARE(sp.reset.count(), 1);
    QCOMPARE(so.reset.count(), 1);
    QCOMPARE(sout.reset.count(), 2); // once for the conditions' insert (same rule), once for reset()
    QCOMPARE(spol.reset.count(), 1);
    QCOMPARE(scond.reset.count(), 1);
    QCOMPARE(partners.rowCount(), 1);
    QCOMPARE(policies.rowCount(), 1);
    QCOMPARE(other->rowCount(), 2);
    QCOMPARE(outputs->rowCount(), d.rules.value(RuleId::TemporaryItemCreation).outputs.size());
    QCOMPARE(conditions.rowCount(), d.rules.value(RuleId::TemporaryItemCreation).conditions.size());
    QCOMPARE(sections.data(sections.index(Sections::index(SectionId::Jobs), 0), SectionStatusModel::StatusRole).toInt(),
        int(SectionStatus::NotStarted));
    QVERIFY(!m.undoStack()->canUndo());

    // A preset replaces the other settings and the rules, not partners or policies.
    m.applyPreset(F(Presets::Blank));
    QCOMPARE(sp.reset.count(), 1);
    QCOMPARE(spol.reset.count(), 1);
    QCOMPARE(so.reset.count(), 2);
    QCOMPARE(sout.reset.count(), 3);
    QCOMPARE(outputs->data(outputs->index(1, 1)).toString(), QString()); // blank: no location code
    m.undoStack()->undo();
    QCOMPARE(outputs->data(outputs->index(1, 1)).toString(), QStringLiteral("CLSBORR"));
    QCOMPARE(other->data(other->index(1, 1)).toString(), QStringLiteral("CLSBORR"));
}

QTEST_GUILESS_MAIN(TestTableModels)
#include "tst_tablemodels.moc"

// ---------------------------------------------------------------- rule lists and findings

namespace {
Rule namedRule(const QString& name, QList<RuleCondition> conditions = {})
{
    Rule r;
    r.name = name;
    r.conditions = std::move(conditions);
    return r;
}

QStringList listNames(const RuleListTableModel& t)
{
    QStringList names;
    for (int row = 0; row < t.rowCount(); ++row)
        names.append(t.data(t.index(row, RuleListTableModel::Name), Qt::EditRole).toString());
    return names;
}
} // namespace

void TestTableModels::ruleListTable()
{
    SetupModel m;
    const RuleId id = RuleId::FulfillmentUnitLoan;
    RuleListTableModel t(&m, id);
    QAbstractItemModelTester tester(&t, Mode::QtTest);
    Spies spies(&t);

    QCOMPARE(t.rowCount(), 1); // the new rule alone
    QVERIFY(t.isNewRuleRow(0));
    QVERIFY(t.data(t.index(0, 0), RuleListTableModel::IsNewRuleRole).toBool());
    QVERIFY(t.data(t.index(0, RuleListTableModel::Name)).toString().contains(QStringLiteral("(the new rule)")));
    QVERIFY(!(t.flags(t.index(0, RuleListTableModel::Name)) & Qt::ItemIsEditable));
    QVERIFY(!t.setData(t.index(0, RuleListTableModel::Name), QStringLiteral("renamed")));

    // Rows inserted above the new rule push it down.
    QVERIFY(t.insertRows(0, 2));
    QCOMPARE(spies.inserted.count(), 1);
    QCOMPARE(spies.reset.count(), 0);
    QCOMPARE(t.rowCount(), 3);
    QCOMPARE(t.newRuleRow(), 2);
    QCOMPARE(m.newRulePosition(id), 2);
    QCOMPARE(m.existingRules(id).size(), 2);

    QVERIFY(t.setData(t.index(0, RuleListTableModel::Name), QStringLiteral("Faculty loans")));
    QVERIFY(
        t.setData(t.index(0, RuleListTableModel::Conditions), QStringLiteral("User Group InList FACULTY, EMERITUS")));
    QVERIFY(t.setData(t.index(1, RuleListTableModel::Enabled), Qt::Unchecked, Qt::CheckStateRole));
    QCOMPARE(m.existingRules(id).at(0).name, QStringLiteral("Faculty loans"));
    QCOMPARE(m.existingRules(id).at(0).conditions.value(0).op, RuleOperator::InList);
    QCOMPARE(m.existingRules(id).at(0).conditions.value(0).values,
        QStringList({ QStringLiteral("FACULTY"), QStringLiteral("EMERITUS") }));
    QCOMPARE(t.data(t.index(0, RuleListTableModel::Conditions)).toString(),
        QStringLiteral("User Group InList FACULTY, EMERITUS"));
    QVERIFY(!m.existingRules(id).at(1).enabled);
    QCOMPARE(spies.reset.count(), 0);

    // Conditions text that cannot be read is refused, with the reason.
    QSignalSpy refused(&t, &RuleListTableModel::editRefused);
    QVERIFY(!t.setData(t.index(0, RuleListTableModel::Conditions), QStringLiteral("User Group FACULTY")));
    QCOMPARE(refused.count(), 1);
    QCOMPARE(m.existingRules(id).at(0).conditions.value(0).values.size(), 2);

    // The new rule cannot be removed; others can.
    QVERIFY(!t.removeRows(2, 1));
    QCOMPARE(refused.count(), 2);
    QVERIFY(t.removeRows(1, 1));
    QCOMPARE(t.rowCount(), 2);
    QCOMPARE(t.newRuleRow(), 1);
    QCOMPARE(listNames(t).at(0), QStringLiteral("Faculty loans"));
}

void TestTableModels::ruleListMoves()
{
    SetupModel m;
    const RuleId id = RuleId::RotaAssignment;
    m.setExistingRules(id, { namedRule(QStringLiteral("A")), namedRule(QStringLiteral("B")) }, 1);
    RuleListTableModel t(&m, id);
    QAbstractItemModelTester tester(&t, Mode::QtTest);
    QSignalSpy moved(&t, &QAbstractItemModel::rowsMoved);
    QSignalSpy reset(&t, &QAbstractItemModel::modelReset);
    const QString newName = m.rule(id).name;
    QCOMPARE(listNames(t), QStringList({ QStringLiteral("A"), newName, QStringLiteral("B") }));

    QVERIFY(t.moveRow(1, -1)); // the new rule to the top
    QCOMPARE(listNames(t), QStringList({ newName, QStringLiteral("A"), QStringLiteral("B") }));
    QCOMPARE(m.newRulePosition(id), 0);
    QVERIFY(t.moveRow(1, +1)); // A below B
    QCOMPARE(listNames(t), QStringList({ newName, QStringLiteral("B"), QStringLiteral("A") }));
    QCOMPARE(m.existingRules(id).at(0).name, QStringLiteral("B"));
    QCOMPARE(moved.count(), 2);
    QCOMPARE(reset.count(), 0);
    QVERIFY(!t.moveRow(0, -1)); // already at the top
    QVERIFY(!t.moveRow(2, +1)); // already at the bottom
    QVERIFY(t.moveRows({}, 0, 1, {}, 3)); // the new rule to the end
    QCOMPARE(m.newRulePosition(id), 2);

    // Each move is one undo step.
    m.undoStack()->undo();
    QCOMPARE(m.newRulePosition(id), 0);
    QCOMPARE(reset.count(), 1); // undo comes from outside the table
}

void TestTableModels::ruleListDragAndDrop()
{
    SetupModel m;
    const RuleId id = RuleId::SendingBorrowingRequest;
    m.setExistingRules(id, { namedRule(QStringLiteral("A")), namedRule(QStringLiteral("B")) }, 0);
    RuleListTableModel t(&m, id);
    QAbstractItemModelTester tester(&t, Mode::QtTest);
    QVERIFY(t.flags(t.index(1, 0)) & Qt::ItemIsDragEnabled);
    QVERIFY(t.flags({}) & Qt::ItemIsDropEnabled);
    std::unique_ptr<QMimeData> data(t.mimeData({ t.index(0, 0) })); // drag the new rule…
    QVERIFY(t.canDropMimeData(data.get(), Qt::MoveAction, -1, -1, {}));
    QVERIFY(!t.canDropMimeData(data.get(), Qt::CopyAction, -1, -1, {}));
    // …and drop it between B and the end: the move is done, and false tells the view not to
    // remove the dragged row as well.
    QVERIFY(!t.dropMimeData(data.get(), Qt::MoveAction, 3, 0, {}));
    QCOMPARE(m.newRulePosition(id), 2);
    QCOMPARE(t.rowCount(), 3);
    // Dropped onto the first row, B takes its place.
    std::unique_ptr<QMimeData> b(t.mimeData({ t.index(1, 0) }));
    t.dropMimeData(b.get(), Qt::MoveAction, -1, -1, t.index(0, 0));
    QCOMPARE(m.existingRules(id).at(0).name, QStringLiteral("B"));
}

void TestTableModels::ruleListExternalChanges()
{
    SetupModel m;
    const RuleId id = RuleId::TemporaryItemCreation;
    RuleListTableModel t(&m, id);
    QAbstractItemModelTester tester(&t, Mode::QtTest);
    QSignalSpy reset(&t, &QAbstractItemModel::modelReset);
    m.setExistingRules(id, { namedRule(QStringLiteral("X")) }, 5); // clamped
    QCOMPARE(reset.count(), 1);
    QCOMPARE(t.rowCount(), 2);
    QCOMPARE(t.newRuleRow(), 1);
    Rule renamed = m.rule(id);
    renamed.name = QStringLiteral("Renamed new rule");
    m.setRule(id, renamed);
    QCOMPARE(reset.count(), 2);
    QCOMPARE(t.data(t.index(1, RuleListTableModel::Name), Qt::EditRole).toString(), QStringLiteral("Renamed new rule"));
    t.appendRules({ namedRule(QStringLiteral("Pasted 1")), namedRule(QStringLiteral("Pasted 2")) });
    QCOMPARE(t.rowCount(), 4);
    QCOMPARE(reset.count(), 2);
    m.reset(Presets::create(F(Presets::Blank)));
    QCOMPARE(t.rowCount(), 1);
}

void TestTableModels::findingsTable()
{
    SetupModel m;
    SetupValidation v(&m);
    FindingsTableModel t(&v);
    QAbstractItemModelTester tester(&t, Mode::QtTest);
    QVERIFY(t.rowCount() > 0); // a blank setup has empty required codes
    // Errors first.
    int lastSeverity = 0;
    for (int row = 0; row < t.rowCount(); ++row) {
        const int severity = t.data(t.index(row, 0), FindingsTableModel::SeverityRole).toInt();
        QVERIFY(severity >= lastSeverity);
        lastSeverity = severity;
    }
    const int before = t.rowCount();
    QSignalSpy reset(&t, &QAbstractItemModel::modelReset);
    m.setField(F(FieldId::CircDeskCode), QStringLiteral("CIRC"));
    QCOMPARE(reset.count(), 1);
    QCOMPARE(t.rowCount(), before - 1);
    for (int row = 0; row < t.rowCount(); ++row)
        QVERIFY(t.findingAt(row).subject != F(FieldId::CircDeskCode));
    // A section of a finding, for jumping to it.
    QVERIFY(t.data(t.index(0, FindingsTableModel::Section)).toString().contains(QLatin1Char('.')));
    QVERIFY(!t.data(t.index(0, FindingsTableModel::Message)).toString().isEmpty());
    QVERIFY(!(t.flags(t.index(0, 0)) & Qt::ItemIsEditable));
}

void TestTableModels::sectionStatusShowsFindings()
{
    SetupModel m;
    SetupValidation v(&m);
    SectionStatusModel t(&m, &v);
    QAbstractItemModelTester tester(&t, Mode::QtTest);
    const int row = Sections::index(SectionId::ResourceSharingLibrary);
    QVERIFY(t.data(t.index(row, 0), SectionStatusModel::ErrorCountRole).toInt() > 0);
    QVERIFY(!t.data(t.index(row, SectionStatusModel::Findings)).toString().isEmpty());
    QSignalSpy changed(&t, &QAbstractItemModel::dataChanged);
    m.setField(F(FieldId::LibraryCode), QStringLiteral("MAIN"));
    QVERIFY(changed.count() > 0);
    QCOMPARE(t.data(t.index(row, 0), SectionStatusModel::ErrorCountRole).toInt(), 0);
}
