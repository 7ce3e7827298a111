#pragma once

#include <QDialog>

class QMenuBar;

// Help > Keyboard Shortcuts: every menu command that has a key, read from the menus themselves
// (so the list cannot drift from them), then the keys of the pages.
class KeyboardShortcutsDialog final : public QDialog {
    Q_OBJECT

public:
    explicit KeyboardShortcutsDialog(QMenuBar* menus, QWidget* parent = nullptr);
};
