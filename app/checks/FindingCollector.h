#pragma once

#include "checks/Finding.h"
#include "model/SetupData.h"

#include <QCoreApplication>

// What every group of checks shares: the setup, the findings so far, and the small helpers that
// read a field or add a finding (none for sections marked "not needed"). A derived class
// declares its own translation context: lupdate would file its texts under the class's name.
class FindingCollector {
    Q_DECLARE_TR_FUNCTIONS(SetupValidator)

public:
    using Severity = Finding::Severity;

    explicit FindingCollector(const SetupData& data)
        : d(data)
        , m_findings(m_own)
    {
    }
    // A group of checks that adds to `target`'s findings (GuideChecks, PartnerChecks).
    // (A pointer: a constructor from a reference would be a copy constructor, which is not inherited.)
    explicit FindingCollector(FindingCollector* target)
        : d(target->d)
        , m_findings(target->m_findings)
    {
    }
    FindingCollector(const FindingCollector&) = delete;
    FindingCollector& operator=(const FindingCollector&) = delete;

    const SetupData& data() const { return d; }
    QList<Finding>& findings() { return m_findings; }

    QString text(const char* id) const { return d.fields.value(QString::fromLatin1(id)).toString().trimmed(); }
    QStringList list(const char* id) const { return d.fields.value(QString::fromLatin1(id)).toStringList(); }
    bool flag(const char* id) const { return d.fields.value(QString::fromLatin1(id)).toBool(); }
    bool needed(SectionId section) const { return !d.sections.value(section).notNeeded; }
    // The field as people call it: "Temporary borrowing location (Code)".
    static QString label(const char* id);
    // The subject of a finding about a rule: "rules/KIND".
    static QString ruleSubject(RuleId rule) { return QStringLiteral("rules/") + RuleIds::key(rule); }
    // "A, B, C and 4 more"
    static QString listed(const QStringList& names, int shown = 5);

    // `field`: the PartnerField key of a partner finding that concerns one field.
    void add(Severity severity, SectionId section, const QString& subject, const char* code, const QString& message,
        const QString& fix, const QString& subjectLabel = {}, const QString& field = {})
    {
        if (!needed(section))
            return;
        m_findings.append({ severity, section, subject, QString::fromLatin1(code), message, fix, subjectLabel, field });
    }

protected:
    const SetupData& d;

private:
    QList<Finding> m_own;

protected:
    QList<Finding>& m_findings; // m_own, or the findings of the collector this one adds to
};
