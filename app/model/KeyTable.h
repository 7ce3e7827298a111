#pragma once

#include <QString>

#include <cstddef>
#include <optional>

// An enum's stable keys (for files and the command line) in one table per enum: entries
// `{ value, "key", … }` with any further columns, looked up both ways.
namespace KeyTable {
template <typename Entry, std::size_t N> const Entry* entryOf(const Entry (&table)[N], decltype(Entry::value) value)
{
    for (const Entry& e : table) {
        if (e.value == value)
            return &e;
    }
    return nullptr;
}

template <typename Entry, std::size_t N> QString keyOf(const Entry (&table)[N], decltype(Entry::value) value)
{
    const Entry* e = entryOf(table, value);
    return e ? QString::fromLatin1(e->key) : QString();
}

template <typename Entry, std::size_t N>
std::optional<decltype(Entry::value)> fromKey(const Entry (&table)[N], const QString& key)
{
    for (const Entry& e : table) {
        if (key == QLatin1String(e.key))
            return e.value;
    }
    return std::nullopt;
}
} // namespace KeyTable
