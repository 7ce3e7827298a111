#include "api/AlmaLocationJson.h"

#include "api/AlmaJsonFields.h"
#include "model/FieldId.h"

using namespace AlmaJsonFields;

namespace {
QString field(const SetupData& d, const char* id) { return d.fields.value(QString::fromLatin1(id)).toString().trimmed(); }
bool flag(const SetupData& d, const char* id) { return d.fields.value(QString::fromLatin1(id)).toBool(); }

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
        const char *code, *name, *external, *type, *remote, *unit, *callNumber;
        bool borrowing;
    };
    const Ids both[] = {
        { FieldId::BorrowingLocationCode, FieldId::BorrowingLocationName, FieldId::BorrowingLocationExternalName,
            FieldId::BorrowingLocationType, FieldId::BorrowingLocationRemoteStorage,
            FieldId::BorrowingLocationFulfillmentUnit, FieldId::BorrowingLocationCallNumberType, true },
        { FieldId::LendingLocationCode, FieldId::LendingLocationName, FieldId::LendingLocationExternalName,
            FieldId::LendingLocationType, FieldId::LendingLocationRemoteStorage, FieldId::LendingLocationFulfillmentUnit,
            FieldId::LendingLocationCallNumberType, false },
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
        out.append(l);
    }
    return out;
}

Json AlmaLocationJson::toAlma(const WantedLocation& l, const Json& base)
{
    Json out = base.is_object() ? base : Json::object();
    out["code"] = utf8(l.code);
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
        (*entry)["check_in"] = l.checkIn;
        (*entry)["check_out"] = l.checkOut;
        (*entry)["reshelve"] = l.reshelve;
    }
    return out;
}

QStringList AlmaLocationJson::differences(const WantedLocation& l, const Json& alma)
{
    QStringList out;
    compare(&out, "name", text(alma, "name"), l.name);
    compareIfSet(&out, alma, "external_name", l.externalName);
    compareIfSet(&out, alma, "type", l.type);
    compareIfSet(&out, alma, "remote_storage", l.remoteStorage);
    compareIfSet(&out, alma, "fulfillment_unit", l.fulfillmentUnit);
    compareIfSet(&out, alma, "call_number_type", l.callNumberType);
    if (!l.circDesk.isEmpty()) {
        const Json* desk = deskOf(alma, l.circDesk);
        if (!desk) {
            out.append(QStringLiteral("circ_desk: %1 not attached").arg(l.circDesk));
        } else {
            compare(&out, "circ_desk.check_in", boolean(*desk, "check_in"), l.checkIn);
            compare(&out, "circ_desk.check_out", boolean(*desk, "check_out"), l.checkOut);
            compare(&out, "circ_desk.reshelve", boolean(*desk, "reshelve"), l.reshelve);
        }
    }
    return out;
}
