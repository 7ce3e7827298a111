// libFuzzer target: rule conditions as text and existing rules from CSV. What parse() reads,
// format() writes back so that parse() reads the same again.
#include "file/RuleCsvReader.h"
#include "model/RuleText.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    QList<RuleCondition> conditions;
    QString error;
    if (RuleText::parse(text, &conditions, &error)) {
        QList<RuleCondition> again;
        if (!RuleText::parse(RuleText::format(conditions), &again, &error) || again != conditions)
            std::abort();
    }
    QStringList values;
    if (RuleText::parseValues(text, &values, &error)) {
        QStringList again;
        if (!RuleText::parseValues(RuleText::formatValues(values), &again, &error) || again != values)
            std::abort();
    }
    RuleCsvReader::read(text);
    return 0;
}
