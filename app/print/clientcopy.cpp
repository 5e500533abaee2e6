#include "clientcopy.h"

#include "domain/violationcategory.h"
#include "guidance/guidancepack.h"
#include "guidancehandout.h"
#include "officeblock.h"
#include "reporthtml.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTranslator>

#include <algorithm>

namespace td {
namespace {

using namespace ReportHtml;

} // namespace

ClientCopy::ClientCopy(
    const CaseFile &caseFile, const GuidancePack &pack, ClientCopyOptions options)
    : m_pack(pack)
    , m_options(std::move(options))
{
    // The copy names no sensitive fact, in its fields or in the free text it repeats.
    RedactionPolicy policy;
    policy.setMaskStatusPhrases(m_options.maskStatusPhrases);
    RedactedCase redacted = CaseTextRedactor(caseFile, policy).apply();
    m_case = std::move(redacted.caseFile);
    m_findings = std::move(redacted.findings);
    const QString wanted = m_options.languageCode.isEmpty() ? m_case.client.preferredLanguage
                                                            : m_options.languageCode;
    m_language = wanted.isEmpty() ? pack.sourceLanguage : pack.bestLanguageFor(wanted);
    if (m_pack.markdown(howToArticleId(), m_language).isEmpty())
        m_language = pack.sourceLanguage;
    // The labels come from the app's own translation for the client's language when the binary
    // carries it (the GUI does); asked directly, not installed, so the interface keeps its
    // language.
    auto translator = std::make_unique<QTranslator>();
    if (m_language != QLatin1String("en")
        && translator->load(QStringLiteral(":/i18n/trustdesk_") + m_language))
        m_translator = std::move(translator);
}

ClientCopy::~ClientCopy() = default;

QString ClientCopy::text(const char *context, const char *sourceText) const
{
    if (m_translator) {
        const QString translated = m_translator->translate(context, sourceText);
        if (!translated.isEmpty())
            return translated;
    }
    return QString::fromUtf8(sourceText);
}

Qt::LayoutDirection ClientCopy::direction() const
{
    const GuidanceLanguage *language = m_pack.language(m_language);
    return language ? language->direction : Qt::LeftToRight;
}

QDate ClientCopy::generatedOn() const
{
    return m_options.generatedOn.isValid() ? m_options.generatedOn : QDate::currentDate();
}

QString ClientCopy::summaryHtml() const
{
    const auto line = [](const QString &label, const QString &value) {
        return QStringLiteral(
            "<p dir=\"auto\" style=\"margin-top:3px;margin-bottom:3px\"><b>%1</b> %2</p>\n")
            .arg(esc(label), value);
    };
    const auto plain = [](const QString &value) {
        return QStringLiteral("<span dir=\"auto\">%1</span>").arg(ReportHtml::value(value));
    };

    QString html;
    html += QStringLiteral("<h1 dir=\"auto\" style=\"font-size:16pt\">%1</h1>\n")
                .arg(esc(text("ClientCopy", QT_TRANSLATE_NOOP("ClientCopy", "Your complaint"))));
    html += QStringLiteral("<p dir=\"auto\">%1</p>\n")
                .arg(esc(text("ClientCopy",
                    QT_TRANSLATE_NOOP("ClientCopy",
                        "A short record of the complaint about police conduct filed for you, "
                        "and what to do next. Keep this paper in a safe place."))));
    html += line(text("ClientCopy", QT_TRANSLATE_NOOP("ClientCopy", "Case reference:")),
        plain(m_case.reference));
    // Every filing, each with its tracking number: a client filed with two bodies follows up with
    // both.
    QList<ComplaintSubmission> filings = m_case.complaints;
    std::stable_sort(filings.begin(), filings.end(),
        [](const ComplaintSubmission &a, const ComplaintSubmission &b) {
            return a.filedOn < b.filedOn;
        });
    if (filings.isEmpty()) {
        html += line(text("ClientCopy", QT_TRANSLATE_NOOP("ClientCopy", "To be filed with:")),
            plain(m_options.recipient.displayName()));
        html += line(text("ClientCopy", QT_TRANSLATE_NOOP("ClientCopy", "Prepared on:")),
            plain(documentDate(generatedOn(), m_language)));
        html += line(text("ClientCopy", QT_TRANSLATE_NOOP("ClientCopy", "Tracking number:")),
            QStringLiteral("______________________"));
    }
    for (const ComplaintSubmission &filed : filings) {
        html += line(text("ClientCopy", QT_TRANSLATE_NOOP("ClientCopy", "Filed with:")),
            plain(filed.filedWith));
        html += line(text("ClientCopy", QT_TRANSLATE_NOOP("ClientCopy", "Filed on:")),
            plain(documentDate(filed.filedOn, m_language)));
        if (!filed.channel.isEmpty())
            html += line(
                text("ClientCopy", QT_TRANSLATE_NOOP("ClientCopy", "How:")), plain(filed.channel));
        const QString tracking = filed.trackingNumber.trimmed();
        html += line(text("ClientCopy", QT_TRANSLATE_NOOP("ClientCopy", "Tracking number:")),
            tracking.isEmpty() ? QStringLiteral("______________________")
                               : QStringLiteral("<b>%1</b>").arg(plain(tracking)));
    }

    QStringList dates;
    QStringList about;
    for (const Incident &inc : m_case.incidents) {
        if (inc.date.isValid())
            dates.append(documentDate(inc.date, m_language));
        for (const QString &code : inc.violations) {
            const ViolationCategory *category = findViolationCategory(code);
            const QString title = category ? text("ViolationCategory", category->title) : code;
            if (!about.contains(title))
                about.append(title);
        }
    }
    dates.removeDuplicates();
    html += line(text("ClientCopy", QT_TRANSLATE_NOOP("ClientCopy", "Date of the incident:")),
        plain(dates.join(QLatin1String(", "))));
    if (!about.isEmpty()) {
        html += line(
            text("ClientCopy", QT_TRANSLATE_NOOP("ClientCopy", "What the complaint is about:")),
            QString());
        html += QStringLiteral("<ul>\n");
        for (const QString &a : about)
            html += QStringLiteral("<li dir=\"auto\">%1</li>\n").arg(esc(a));
        html += QStringLiteral("</ul>\n");
    }
    if (!m_case.assignedCaseworker.trimmed().isEmpty())
        html += line(text("ClientCopy", QT_TRANSLATE_NOOP("ClientCopy", "Your caseworker:")),
            plain(m_case.assignedCaseworker));
    // A client with a question has to be able to reach the caseworker's office.
    html += OfficeBlock::html(m_options.office.value_or(OfficeProfile::current()),
        text("ClientCopy", QT_TRANSLATE_NOOP("ClientCopy", "Your legal-aid office:")));
    return html;
}

QString ClientCopy::nextStepsMarkdown() const
{
    // The numbered steps only: the article's tips are addressed to caseworkers, not to the client.
    const QString article = GuidanceHandout::resolvedMarkdown(m_pack, howToArticleId(), m_language);
    static const QRegularExpression step(QStringLiteral("^\\d+\\.\\s"));
    QStringList steps;
    bool inList = false;
    for (const QString &l : article.split(QLatin1Char('\n'))) {
        if (step.match(l).hasMatch()) {
            steps.append(l);
            inList = true;
        } else if (inList && l.startsWith(QLatin1String("   ")) && !l.trimmed().isEmpty()) {
            steps.append(l); // a step's continuation line
        } else if (inList && !l.trimmed().isEmpty()) {
            break;
        }
    }
    if (steps.isEmpty()) // a pack without a numbered list: the whole article, as the pack gives it
        return article.section(QLatin1Char('\n'), 1);
    return steps.join(QLatin1Char('\n'));
}

void ClientCopy::fill(QTextDocument &document) const
{
    QTextOption option = document.defaultTextOption();
    option.setTextDirection(direction());
    document.setDefaultTextOption(option);
    document.setHtml(QStringLiteral("<html><body style=\"font-family:%1\">%2</body></html>")
                         .arg(esc(cssFamilies(families())), summaryHtml()));

    // The summary's labels are in the client's language only when the app carries that
    // translation; English labels keep English's direction.
    const auto setDirection = [&document](int from, Qt::LayoutDirection direction) {
        for (QTextBlock b = document.findBlock(from); b.isValid(); b = b.next()) {
            QTextCursor c(b);
            QTextBlockFormat f = b.blockFormat();
            f.setLayoutDirection(direction);
            c.setBlockFormat(f);
        }
    };
    setDirection(0, m_translator ? direction() : Qt::LeftToRight);

    QTextCursor cursor(&document);
    cursor.movePosition(QTextCursor::End);
    const int stepsStart = cursor.position() + 1;
    QTextBlockFormat block;
    block.setTopMargin(14);
    QTextCharFormat heading;
    heading.setFontWeight(QFont::Bold);
    heading.setFontPointSize(13);
    cursor.insertBlock(block, heading);
    cursor.insertText(m_pack.title(howToArticleId(), m_language));
    cursor.insertBlock(QTextBlockFormat(), QTextCharFormat());
    cursor.insertMarkdown(nextStepsMarkdown(), QTextDocument::MarkdownDialectGitHub);
    // The pack's steps read in the language's direction.
    setDirection(stepsStart, direction());

    // Sources and the review note: English titles and addresses, each line in its own direction
    // (forced right to left, "[2]" would jump to the far edge and addresses wrap oddly).
    static const QRegularExpression citation(QStringLiteral("\\]\\(source:([^)\\s]+)\\)"));
    QStringList cited;
    const QString article = m_pack.markdown(howToArticleId(), m_language);
    for (auto it = citation.globalMatch(article); it.hasNext();) {
        const QString id = it.next().captured(1);
        if (!cited.contains(id))
            cited.append(id);
    }
    cursor.movePosition(QTextCursor::End);
    QTextCharFormat small;
    small.setFontPointSize(9);
    QTextBlockFormat ltr;
    ltr.setLayoutDirection(Qt::LeftToRight);
    ltr.setAlignment(Qt::AlignLeft | Qt::AlignAbsolute);
    ltr.setTopMargin(2);
    for (const QString &id : cited) {
        if (const GuidanceSource *s = m_pack.source(id)) {
            cursor.insertBlock(ltr, small);
            cursor.insertText(
                QStringLiteral("[%1] %2 — %3").arg(s->id, s->title, s->url.toString()));
        }
    }
    if (const GuidanceLanguage *language = m_pack.language(m_language);
        language && !language->reviewNote.isEmpty()) {
        for (const QString &part :
            language->reviewNote.split(QStringLiteral(" / "), Qt::SkipEmptyParts)) {
            QTextBlockFormat note;
            note.setLayoutDirection(part.isRightToLeft() ? Qt::RightToLeft : Qt::LeftToRight);
            note.setAlignment(Qt::AlignLeading);
            note.setTopMargin(8);
            cursor.insertBlock(note, small);
            cursor.insertText(part.trimmed());
        }
    }
    cursor.insertBlock(ltr, small);
    cursor.insertText(QStringLiteral("%1 %2, %3 (%4)")
                          .arg(m_pack.jurisdiction, m_pack.packVersion,
                              isoDate(m_pack.lastReviewed), m_language));
}

GeneratedReport ClientCopy::record(const QString &sha256) const
{
    GeneratedReport r;
    r.caseId = m_case.id;
    r.kind = QStringLiteral("client_copy");
    r.generatedAt = QDateTime::currentDateTimeUtc();
    r.recipient = QStringLiteral("client");
    r.sha256 = sha256;
    r.paper = paperKey(m_options.paper);
    r.language = m_language;
    return r;
}

PrintableDocument::Frame ClientCopy::frame() const
{
    Frame f;
    f.paper = m_options.paper;
    f.title = m_case.reference;
    f.headerLeft = m_case.reference;
    f.headerRight = text("ClientCopy", QT_TRANSLATE_NOOP("ClientCopy", "Your complaint"));
    f.footerLeft = documentDate(generatedOn(), m_language);
    f.direction = direction();
    f.scriptLanguage = m_language;
    f.pointSize = 11.0;
    f.printFailed
        = QCoreApplication::translate("ClientCopy", "The client copy could not be printed.");
    return f;
}

} // namespace td
