// Redact… through the real widgets: boxes drawn with the mouse, moved, removed with Delete; face
// suggestions found on a worker thread, shown but not applied until accepted; Save asks before
// leaving suggestions out. With TRUSTDESK_SHOTS=DIR set, saves screenshots there (synthetic image).
#include "dialogs/questions.h"
#include "redaction/redactcanvas.h"
#include "redaction/redactdialog.h"
#include "syntheticfaces.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace td;
using namespace td::ui;

namespace {

void shot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("TRUSTDESK_SHOTS");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    w->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

} // namespace

class TestRedactDialog : public QObject
{
    Q_OBJECT

    const QRect m_face {220, 120, 160, 200};

    static void drag(QWidget *w, const QPoint &from, const QPoint &to)
    {
        QTest::mousePress(w, Qt::LeftButton, {}, from);
        QTest::mouseMove(w, (from + to) / 2);
        QTest::mouseMove(w, to);
        QTest::mouseRelease(w, Qt::LeftButton, {}, to);
    }

private slots:
    void cleanup() { Questions::clearNextAnswer(); }

    void drawMoveAndDeleteBoxes()
    {
        RedactDialog dialog(
            test::syntheticPhoto({640, 480}, {m_face}), QStringLiteral("street.jpg"));
        dialog.resize(900, 760);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        RedactCanvas *canvas = dialog.canvas();
        const QRectF area = canvas->imageArea();
        QVERIFY(!area.isEmpty());
        const auto widgetPoint
            = [&](int x, int y) { return canvas->toWidget(QRect(x, y, 1, 1)).topLeft().toPoint(); };

        drag(canvas, widgetPoint(50, 50), widgetPoint(150, 130));
        QCOMPARE(canvas->acceptedBoxes().size(), 1);
        const QRect drawn = canvas->acceptedBoxes().first();
        QVERIFY2(std::abs(drawn.left() - 50) <= 3 && std::abs(drawn.width() - 100) <= 4,
            qPrintable(QStringLiteral("%1,%2 %3x%4")
                           .arg(drawn.x())
                           .arg(drawn.y())
                           .arg(drawn.width())
                           .arg(drawn.height())));

        // Dragging the box moves it.
        drag(canvas, widgetPoint(100, 90), widgetPoint(300, 90));
        QCOMPARE(canvas->acceptedBoxes().size(), 1);
        QVERIFY(std::abs(canvas->acceptedBoxes().first().left() - 250) <= 4);
        QCOMPARE(canvas->acceptedBoxes().first().size(), drawn.size());

        // A click is not a box; Delete removes the selected one.
        QTest::mouseClick(canvas, Qt::LeftButton, {}, widgetPoint(10, 400));
        QCOMPARE(canvas->boxes().size(), 1);
        QTest::mouseClick(canvas, Qt::LeftButton, {}, widgetPoint(300, 90));
        QCOMPARE(canvas->selectedIndex(), 0);
        QTest::keyClick(canvas, Qt::Key_Delete);
        QVERIFY(canvas->boxes().isEmpty());

        // Save with nothing to cover stays open.
        dialog.accept();
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
    }

    void suggestionsAreReviewedNotApplied()
    {
        RedactDialog dialog(
            test::syntheticPhoto({640, 480}, {m_face}), QStringLiteral("street.jpg"));
        dialog.resize(900, 760);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        RedactCanvas *canvas = dialog.canvas();
        canvas->addBox(QRect(10, 10, 60, 40), false);
        auto *suggest = dialog.findChild<QPushButton *>(QStringLiteral("suggestFacesPushButton"));
        auto *busy = dialog.findChild<QProgressBar *>(QStringLiteral("suggestProgressBar"));
        QVERIFY(suggest && busy);
        QTest::mouseClick(suggest, Qt::LeftButton);
        QVERIFY(dialog.isSuggesting());
        QVERIFY(busy->isVisible());
        QVERIFY(!suggest->isEnabled());
        QVERIFY(QTest::qWaitFor([&] { return !dialog.isSuggesting(); }, 20000));
        QVERIFY(!busy->isVisible());
        QVERIFY2(canvas->pendingSuggestions() >= 1, "the synthetic face was not suggested");
        // Shown, not applied: only the hand-drawn box would be covered.
        QCOMPARE(dialog.boxes(), QList<QRect> {QRect(10, 10, 60, 40)});
        shot(&dialog, QStringLiteral("redact-suggestions"));

        // Save asks; "Review Them" keeps the dialog open.
        Questions::setNextAnswer(0);
        dialog.accept();
        QVERIFY(Questions::lastQuestion().contains(QStringLiteral("not accepted")));
        QVERIFY(dialog.isVisible());

        // Accepting the suggestion (Enter on it) makes it a box to cover.
        int suggestion = -1;
        for (int i = 0; i < canvas->boxes().size(); ++i) {
            if (canvas->boxes().at(i).suggested)
                suggestion = i;
        }
        canvas->setSelectedIndex(suggestion);
        canvas->setFocus();
        QTest::keyClick(canvas, Qt::Key_Return);
        QCOMPARE(canvas->pendingSuggestions(), 0);
        QCOMPARE(dialog.boxes().size(), 2);
        QVERIFY(dialog.boxes().last().intersects(m_face));

        auto *method = dialog.findChild<QComboBox *>(QStringLiteral("methodComboBox"));
        method->setCurrentIndex(1);
        QCOMPARE(dialog.method(), RedactionRecord::Method::Pixelate);
        shot(&dialog, QStringLiteral("redact-accepted"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    void missingCascadesSaySo()
    {
        QTemporaryDir empty;
        RedactDialog dialog(test::syntheticPhoto({320, 240}, {}), QStringLiteral("x.png"));
        dialog.setCascadeFolder(empty.path());
        dialog.show();
        dialog.suggestFaces();
        QVERIFY(QTest::qWaitFor([&] { return !dialog.isSuggesting(); }, 20000));
        auto *status = dialog.findChild<QLabel *>(QStringLiteral("redactStatusLabel"));
        QVERIFY(status->text().contains(QStringLiteral("opencv-data")));
        QCOMPARE(dialog.canvas()->boxes().size(), 0);
    }
};

QTEST_MAIN(TestRedactDialog)
#include "tst_redactdialog.moc"
