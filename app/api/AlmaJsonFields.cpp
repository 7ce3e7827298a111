#include "api/AlmaJsonFields.h"

namespace AlmaJsonFields {

QString text(const Json& object, const char* key)
{
    if (!object.is_object())
        return {};
    const auto it = object.find(key);
    if (it == object.end())
        return {};
    if (it->is_string())
        return QString::fromStdString(it->get<std::string>());
    if (it->is_object()) {
        const auto value = it->find("value");
        if (value != it->end() && value->is_string())
            return QString::fromStdString(value->get<std::string>());
        return {};
    }
    if (it->is_number() || it->is_boolean())
        return QString::fromStdString(it->dump());
    return {};
}

bool boolean(const Json& object, const char* key, bool fallback)
{
    if (!object.is_object())
        return fallback;
    const auto it = object.find(key);
    if (it == object.end())
        return fallback;
    if (it->is_boolean())
        return it->get<bool>();
    if (it->is_string())
        return it->get<std::string>() == "true";
    return fallback;
}

int integer(const Json& object, const char* key, int fallback)
{
    if (!object.is_object())
        return fallback;
    const auto it = object.find(key);
    if (it == object.end())
        return fallback;
    if (it->is_number_integer())
        return it->get<int>();
    if (it->is_string()) {
        bool ok = false;
        const int value = QString::fromStdString(it->get<std::string>()).toInt(&ok);
        return ok ? value : fallback;
    }
    return fallback;
}

std::string utf8(const QString& text) { return text.toStdString(); }

void compare(QStringList* out, const char* field, const QString& alma, const QString& wanted)
{
    if (alma != wanted)
        out->append(QStringLiteral("%1: \"%2\" \u2192 \"%3\"").arg(QLatin1String(field), alma, wanted));
}

void compare(QStringList* out, const char* field, bool alma, bool wanted)
{
    if (alma != wanted)
        out->append(QStringLiteral("%1: %2 \u2192 %3")
                        .arg(QLatin1String(field), QLatin1String(alma ? "true" : "false"),
                            QLatin1String(wanted ? "true" : "false")));
}

void compare(QStringList* out, const char* field, int alma, int wanted)
{
    if (alma != wanted)
        out->append(QStringLiteral("%1: %2 \u2192 %3").arg(QLatin1String(field)).arg(alma).arg(wanted));
}

void compareIfSet(QStringList* out, const Json& object, const char* field, const QString& wanted)
{
    if (!wanted.isEmpty())
        compare(out, field, text(object, field), wanted);
}

} // namespace AlmaJsonFields
