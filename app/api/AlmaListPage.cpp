#include "api/AlmaListPage.h"

#include <algorithm>
#include <limits>

AlmaListPage AlmaListPage::read(nlohmann::json page, const std::string& arrayKey)
{
    AlmaListPage out;
    if (!page.is_object())
        return out;
    const auto items = page.find(arrayKey);
    if (items != page.end() && items->is_array()) {
        out.items.reserve(qsizetype(items->size()));
        for (auto& item : *items)
            out.items.append(std::move(item));
    } else if (items != page.end() && items->is_object()) {
        out.items.append(std::move(*items)); // one item comes as an object in some answers
    }
    constexpr qint64 most = qint64(1) << 62;
    const auto total = page.find("total_record_count");
    if (total == page.end())
        return out;
    if (total->is_number_unsigned())
        out.total = qint64(std::min<std::uint64_t>(total->get<std::uint64_t>(), std::uint64_t(most)));
    else if (total->is_number_integer())
        out.total = std::clamp<qint64>(total->get<std::int64_t>(), 0, most);
    return out;
}
