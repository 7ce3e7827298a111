#pragma once

#include <QList>

#include <nlohmann/json.hpp>

#include <string>

// One page of one of Alma's lists ({"partner": [...], "total_record_count": 1234}), read without
// trusting it: items of any shape are passed on for the mappings to judge, a single item may
// come as an object instead of a list, and the stated count may be missing, negative or absurd.
struct AlmaListPage {
    QList<nlohmann::json> items;
    qint64 total = -1; // total_record_count as stated (clamped to 0..2^62), -1 when absent or unreadable

    static AlmaListPage read(nlohmann::json page, const std::string& arrayKey); // items moved out
};
