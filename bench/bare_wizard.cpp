// The floor for the start-up benchmark: a bare QWizard with the same number of pages (16),
// shown, and quit once its first page has painted. With --size WxH it opens at that size
// instead of its own (500x360), for the benchmark's context figure.
#include <QApplication>
#include <QLabel>
#include <QTimer>
#include <QVBoxLayout>
#include <QWizard>

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QWizard wizard;
    for (int i = 0; i < 16; ++i) {
        auto* page = new QWizardPage;
        page->setTitle(QStringLiteral("Page %1").arg(i + 1));
        (new QVBoxLayout(page))->addWidget(new QLabel(QStringLiteral("Content")));
        wizard.addPage(page);
    }
    const QStringList args = QCoreApplication::arguments();
    const qsizetype sizeAt = args.indexOf(QStringLiteral("--size"));
    if (sizeAt > 0 && sizeAt + 1 < args.size()) {
        const QStringList wh = args.at(sizeAt + 1).split(QLatin1Char('x'));
        if (wh.size() == 2)
            wizard.resize(wh.at(0).toInt(), wh.at(1).toInt());
    }
    wizard.show();
    struct Quit : QObject {
        QWidget* page;
        bool done = false;
        bool eventFilter(QObject* w, QEvent* e) override
        {
            auto* widget = qobject_cast<QWidget*>(w);
            if (e->type() == QEvent::Paint && !done && widget && (widget == page || page->isAncestorOf(widget))) {
                done = true;
                QTimer::singleShot(0, qApp, &QCoreApplication::quit);
            }
            return false;
        }
    } quit;
    quit.page = wizard.currentPage();
    app.installEventFilter(&quit);
    return app.exec();
}
