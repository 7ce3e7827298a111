#pragma once

#include <QString>

class QLabel;
class QVBoxLayout;
class QWidget;
class QWizardPage;

// Every page's content sits in a scroll area, so nothing is clipped on a small screen.
namespace PageLayout {
// Makes `page` a scroll area holding a widget with a vertical layout, and returns that layout.
// The content never shrinks below its natural height: the page scrolls instead of squeezing
// line edits and tables to their minimum.
QVBoxLayout* scrollingLayout(QWizardPage* page);
// A word-wrapped label: explanations, notes and messages on the pages.
QLabel* wrappingLabel(const QString& text, QWidget* parent);
} // namespace PageLayout
