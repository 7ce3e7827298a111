#include "api/AlmaJsonFields.h"

#include <QCoreApplication>

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(AlmaJsonFields)
};
} // namespace

namespace AlmaJsonFields {

QString text(const Json& object, const char* key)
{
    if (!object.is_object())
        return {};
    const auto it = object.find(key);
    if (it == object.end())
        return {};
    auto fromUtf8 = [](const Json& string) {
        const std::string& bytes = string.get_ref<const std::string&>();
        return QString::fromUtf8(bytes.data(), qsizetype(bytes.size()));
    };
    if (it->is_string())
        return fromUtf8(*it);
    if (it->is_object()) {
        const auto value = it->find("value");
        if (value != it->end() && value->is_string())
            return fromUtf8(*value);
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

std::string utf8(const QString& text)
{
    return text.toStdString();
}

void compare(QStringList* out, const QString& label, const QString& alma, const QString& wanted)
{
    if (alma != wanted)
        out->append(Text::tr("%1: in Alma \u201c%2\u201d, in this setup \u201c%3\u201d")
                        .arg(label, alma.isEmpty() ? Text::tr("(nothing)") : alma, wanted));
}

void compare(QStringList* out, const QString& label, bool alma, bool wanted)
{
    compare(out, label, yesNo(alma), yesNo(wanted));
}

void compareIfSet(QStringList* out, const Json& object, const char* member, const QString& label, const QString& wanted)
{
    if (!wanted.isEmpty())
        compare(out, label, text(object, member), wanted);
}

QString yesNo(bool value)
{
    return value ? Text::tr("yes") : Text::tr("no");
}

} // namespace AlmaJsonFields
