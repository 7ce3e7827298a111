#include "api/AlmaLocationJson.h"

#include "api/AlmaJsonFields.h"
#include "model/FieldCatalog.h"
#include "model/FieldId.h"

#include <QCoreApplication>

using namespace AlmaJsonFields;

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(AlmaLocationJson)
};

QString field(const SetupData& d, const char* id)
{
    return d.fields.value(QString::fromLatin1(id)).toString().trimmed();
}
bool flag(const SetupData& d, const char* id)
{
    return d.fields.value(QString::fromLatin1(id)).toBool();
}

const Json* deskOf(const Json& location, const QString& desk)
{
    if (!location.is_object())
        return nullptr;
    const auto list = location.find("circ_desk");
    if (list == location.end() || !list->is_array())
        return nullptr;
    for (const Json& entry : *list) {
        if (text(entry, "circ_desk_code") == desk)
            return &entry;
    }
    return nullptr;
}
} // namespace

QList<WantedLocation> AlmaLocationJson::wanted(const SetupData& d)
{
    QList<WantedLocation> out;
    const QString library = field(d, FieldId::LibraryCode);
    if (library.isEmpty())
        return out;
    struct Ids {
        const char *code, *name, *external, *type, *remote, *unit, *callNumber, *exists;
        bool borrowing;
    };
    const Ids both[] = {
        { FieldId::BorrowingLocationCode, FieldId::BorrowingLocationName, FieldId::BorrowingLocationExternalName,
            FieldId::BorrowingLocationType, FieldId::BorrowingLocationRemoteStorage,
            FieldId::BorrowingLocationFulfillmentUnit, FieldId::BorrowingLocationCallNumberType,
            FieldId::BorrowingLocationExists, true },
        { FieldId::LendingLocationCode, FieldId::LendingLocationName, FieldId::LendingLocationExternalName,
            FieldId::LendingLocationType, FieldId::LendingLocationRemoteStorage,
            FieldId::LendingLocationFulfillmentUnit, FieldId::LendingLocationCallNumberType,
            FieldId::LendingLocationExists, false },
    };
    for (const Ids& ids : both) {
        WantedLocation l;
        l.library = library;
        l.code = field(d, ids.code);
        if (l.code.isEmpty())
            continue;
        l.name = field(d, ids.name);
        l.externalName = field(d, ids.external);
        l.type = field(d, ids.type);
        l.remoteStorage = field(d, ids.remote);
        l.fulfillmentUnit = field(d, ids.unit);
        l.callNumberType = field(d, ids.callNumber);
        l.circDesk = field(d, FieldId::CircDeskCode);
        l.checkIn = flag(d, FieldId::CircDeskCheckIn);
        l.checkOut = flag(d, FieldId::CircDeskCheckOut);
        l.reshelve = flag(d, FieldId::CircDeskReshelve);
        l.borrowing = ids.borrowing;
        l.exists = flag(d, ids.exists);
        // A location that already exists keeps its type unless the user chose one: the program's
        // suggestion (Open) is for a new location, not a reason to change one staff set up.
        if (l.exists && !FieldCatalog::get(ids.type).suggestionNote(l.type).isEmpty())
            l.type.clear();
        out.append(l);
    }
    return out;
}

Json AlmaLocationJson::toAlma(const WantedLocation& l, const Json& base)
{
    Json out = base.is_object() ? base : Json::object();
    out["code"] = utf8(l.code);
    if (!l.name.isEmpty())
        out["name"] = utf8(l.name);
    if (!l.externalName.isEmpty())
        out["external_name"] = utf8(l.externalName);
    if (!l.type.isEmpty())
        out["type"] = Json { { "value", utf8(l.type) } };
    if (!l.remoteStorage.isEmpty())
        out["remote_storage"] = utf8(l.remoteStorage);
    if (!l.fulfillmentUnit.isEmpty())
        out["fulfillment_unit"] = Json { { "value", utf8(l.fulfillmentUnit) } };
    if (!l.callNumberType.isEmpty())
        out["call_number_type"] = Json { { "value", utf8(l.callNumberType) } };
    if (!l.circDesk.isEmpty()) {
        Json& desks = out["circ_desk"];
        if (!desks.is_array())
            desks = Json::array();
        Json* entry = nullptr;
        for (Json& d : desks) {
            if (text(d, "circ_desk_code") == l.circDesk)
                entry = &d;
        }
        if (!entry) {
            desks.push_back(Json { { "circ_desk_code", utf8(l.circDesk) } });
            entry = &desks.back();
        }
        // rest_location-post.json requires the desk's name and link with its code.
        if (!l.circDeskName.isEmpty())
            (*entry)["circ_desk_name"] = utf8(l.circDeskName);
        if (!l.circDeskLink.isEmpty())
            (*entry)["circulation_desk_link"] = utf8(l.circDeskLink);
        (*entry)["check_in"] = l.checkIn;
        (*entry)["check_out"] = l.checkOut;
        (*entry)["reshelve"] = l.reshelve;
    }
    return out;
}

QStringList AlmaLocationJson::locationDifferences(const WantedLocation& l, const Json& alma)
{
    auto label = [&l](const char* borrowing, const char* lending) {
        return FieldCatalog::get(l.borrowing ? borrowing : lending).plainLabel();
    };
    QStringList out;
    compareIfSet(&out, alma, "name", label(FieldId::BorrowingLocationName, FieldId::LendingLocationName), l.name);
    compareIfSet(&out, alma, "external_name",
        label(FieldId::BorrowingLocationExternalName, FieldId::LendingLocationExternalName), l.externalName);
    compareIfSet(&out, alma, "type", label(FieldId::BorrowingLocationType, FieldId::LendingLocationType), l.type);
    compareIfSet(&out, alma, "remote_storage",
        label(FieldId::BorrowingLocationRemoteStorage, FieldId::LendingLocationRemoteStorage), l.remoteStorage);
    compareIfSet(&out, alma, "fulfillment_unit",
        label(FieldId::BorrowingLocationFulfillmentUnit, FieldId::LendingLocationFulfillmentUnit), l.fulfillmentUnit);
    compareIfSet(&out, alma, "call_number_type",
        label(FieldId::BorrowingLocationCallNumberType, FieldId::LendingLocationCallNumberType), l.callNumberType);
    return out;
}

QStringList AlmaLocationJson::deskDifferences(const WantedLocation& l, const Json& alma)
{
    QStringList out;
    if (l.circDesk.isEmpty())
        return out;
    const Json* desk = deskOf(alma, l.circDesk);
    if (!desk) {
        out.append(Text::tr("Circulation desk %1: not attached").arg(l.circDesk));
        return out;
    }
    auto label = [](const char* id) { return FieldCatalog::get(id).plainLabel(); };
    compare(&out, label(FieldId::CircDeskCheckIn), boolean(*desk, "check_in"), l.checkIn);
    compare(&out, label(FieldId::CircDeskCheckOut), boolean(*desk, "check_out"), l.checkOut);
    compare(&out, label(FieldId::CircDeskReshelve), boolean(*desk, "reshelve"), l.reshelve);
    return out;
}

QStringList AlmaLocationJson::differences(const WantedLocation& l, const Json& alma)
{
    return locationDifferences(l, alma) + deskDifferences(l, alma);
}
