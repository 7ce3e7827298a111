#pragma once

#include "checks/Finding.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

// The completion report as plain content, before it is written as HTML, Markdown or PDF: the
// three formats render the same blocks, so they always say the same thing.
struct ReportBlock {
    enum class Kind {
        Heading, // a part of the report before the sections: "Overview"
        SectionHeading, // text = "6. Resource Sharing Partners", note = status; the first starts a page
        Subheading,
        Paragraph,
        Fields, // label / value pairs
        Table, // headers and rows; `marked` rows are emphasised (the new rule in its list)
        Checklist,
        Findings,
    };
    struct ChecklistItem {
        bool done = false;
        QString text;
        QString detail; // who and when, or where in Alma and at what level
    };

    Kind kind = Kind::Paragraph;
    QString text;
    QString note;
    QList<std::pair<QString, QString>> fields;
    QStringList headers;
    QList<QStringList> rows;
    QList<int> marked;
    QList<int> columnWidths; // Table: percent per column, or empty for the renderer's own layout
    QList<ChecklistItem> items;
    QList<Finding> findings;
};

struct ReportDocument {
    QString title; // "Peer-to-peer resource sharing setup"
    QString institution;
    bool sandbox = false; // some Alma results came from a sandbox: say so loudly
    QString sandboxNotice; // the banner that says so, at the top of every format
    QList<std::pair<QString, QString>> header; // prepared by, dates, file, preset, progress
    QList<ReportBlock> blocks;
    QStringList signOff; // "Prepared by", "Reviewed by", …
};
