#pragma once

#include "itemmodels/SetupTableModel.h"
#include "model/SetupTypes.h"

#include <functional>

// A two-column table over a key/value list of the SetupModel: the Other Settings rows of
// section 4, or the outputs of one rule. Use the factory functions.
class KeyValueTableModel final : public SetupTableModel {
    Q_OBJECT

public:
    static KeyValueTableModel* forOtherSettings(SetupModel* model, QObject* parent = nullptr);
    static KeyValueTableModel* forRuleOutputs(SetupModel* model, RuleId rule, QObject* parent = nullptr);

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

protected:
    int listSize() const override;
    QStringList columnTitles() const override;
    bool setCell(int row, int column, const QVariant& value, int role) override;
    void insertDefaultRows(int row, int count) override;
    void removeListRows(int row, int count) override;

private:
    using Getter = std::function<QList<KeyValue>()>;
    using Setter = std::function<void(const QList<KeyValue>&)>;
    using KeySource = std::function<const Sourced*(const QString&)>; // the catalog's entry for a key
    KeyValueTableModel(
        SetupModel* model, QStringList titles, Getter get, Setter set, KeySource keySource, QObject* parent);

    QStringList m_titles;
    Getter m_get;
    Setter m_set;
    KeySource m_keySource;
    // Keys whose catalog entry is only the program's suggestion are parameter names nobody has
    // confirmed (other settings): they say so instead of offering a suggestion.
    bool m_suggestedKeysAreUnconfirmed = false;
};
