#pragma once

#include <QListWidget>

// A list of check boxes for a multi-choice field (workflow steps, locate-by fields, rota
// members, a TOU's policies). Space toggles the current item.
class ChoiceListEditor final : public QListWidget {
    Q_OBJECT

public:
    explicit ChoiceListEditor(QWidget* parent = nullptr);

    // (value, label) pairs; values checked before stay checked when still offered.
    void setChoices(const QList<std::pair<QString, QString>>& choices);
    QStringList checkedValues() const;
    bool offers(const QString& value) const;
    // Ticks `values`; one that is not among the choices is added, ticked and labelled with
    // staleLabel ("%1 (not a partner)"), until it is unticked.
    void setCheckedValues(const QStringList& values);
    void setStaleLabel(const QString& format) { m_staleLabel = format; }
    QSize sizeHint() const override;

Q_SIGNALS:
    void checkedValuesChanged(const QStringList& values);

private:
    static constexpr int StaleRole = Qt::UserRole + 1;
    bool m_updating = false;
    QString m_staleLabel = tr("%1 (no longer offered)");
};
