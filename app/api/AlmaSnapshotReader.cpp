#include "api/AlmaSnapshotReader.h"

#include "api/AlmaJsonFields.h"
#include "api/AlmaPartnerJson.h"

#include <QCoreApplication>

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(AlmaSnapshotReader)
};

using Json = nlohmann::json;

QString notAnObject(const char* what)
{
    return Text::tr("Alma's answer holds %1 that is not an object.").arg(QLatin1String(what));
}

// The items of a member that holds a list, or one item as an object (as some answers do).
bool membersOf(const Json& answer, const char* key, QList<Json>* items)
{
    if (!answer.is_object())
        return false;
    const auto it = answer.find(key);
    if (it == answer.end())
        return true; // an empty list is left out of Alma's answers
    if (it->is_array()) {
        for (const Json& item : *it)
            items->append(item);
        return true;
    }
    if (it->is_object()) {
        items->append(*it);
        return true;
    }
    return false;
}

QString allObjects(const QList<Json>& items, const char* what)
{
    for (const Json& item : items) {
        if (!item.is_object())
            return notAnObject(what);
    }
    return {};
}
} // namespace

QString AlmaSnapshotReader::partners(const QList<Json>& items, AlmaSnapshot* snapshot)
{
    for (const Json& item : items) {
        const QString code = AlmaPartnerJson::codeOf(item);
        if (code.isEmpty())
            return Text::tr("Alma's answer holds a partner without a code.");
        snapshot->partners.insert(code, item);
    }
    return {};
}

QString AlmaSnapshotReader::locations(const Json& answer, AlmaSnapshot* snapshot)
{
    QList<Json> items;
    if (!membersOf(answer, "location", &items))
        return Text::tr("Alma's answer is not a list of locations.");
    for (const Json& item : items) {
        const QString code = AlmaJsonFields::text(item, "code");
        if (!item.is_object() || code.isEmpty())
            return Text::tr("Alma's answer holds a location without a code.");
        snapshot->locations.insert(code, item);
    }
    return {};
}

QString AlmaSnapshotReader::library(const Json& answer, AlmaSnapshot* snapshot)
{
    if (!answer.is_object())
        return Text::tr("Alma's answer is not a library.");
    snapshot->library = answer;
    return {};
}

QString AlmaSnapshotReader::circDesks(const QList<Json>& items, AlmaSnapshot* snapshot)
{
    const QString problem = allObjects(items, "a circulation desk");
    if (problem.isEmpty())
        snapshot->circDesks = items;
    return problem;
}

QString AlmaSnapshotReader::jobs(const QList<Json>& items, AlmaSnapshot* snapshot)
{
    const QString problem = allObjects(items, "a job");
    if (problem.isEmpty())
        snapshot->jobs = items;
    return problem;
}

QString AlmaSnapshotReader::itemPolicies(const Json& answer, AlmaSnapshot* snapshot)
{
    QList<Json> rows;
    if (!membersOf(answer, "row", &rows))
        return Text::tr("Alma's answer is not a code table.");
    const QString problem = allObjects(rows, "a code table row");
    if (problem.isEmpty())
        snapshot->itemPolicies = rows;
    return problem;
}

void AlmaSnapshotReader::general(const Json& answer, AlmaSnapshot* snapshot)
{
    if (!answer.is_object())
        return;
    const auto institution = answer.find("institution");
    if (institution != answer.end() && institution->is_object()) {
        snapshot->institutionCode = AlmaJsonFields::text(*institution, "value");
        snapshot->institutionName = AlmaJsonFields::text(*institution, "desc");
    }
    snapshot->environment = AlmaJsonFields::text(answer, "environment_type");
}
