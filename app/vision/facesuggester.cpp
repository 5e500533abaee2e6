#include "facesuggester.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <opencv2/imgproc.hpp>
#include <opencv2/objdetect.hpp>

#include <algorithm>
#include <mutex>
#include <vector>

namespace td {
namespace {

// Detection runs on a copy whose long side is at most this: a 12 MP photo at full size takes
// seconds, and a face worth covering (a twentieth of the photo's width or more) is still 50 px.
constexpr int kDetectLongSide = 1024;
constexpr int kMinFace = 20;
// Each pyramid level 1.2× the last: half the levels of the usual 1.1 for the same range of sizes
// (measured: 3.7 CPU-s became under 1 s on a 12 MP photo, with the synthetic faces still found).
constexpr double kScaleStep = 1.2;

const char *const kFrontal = "haarcascade_frontalface_default.xml";
const char *const kProfile = "haarcascade_profileface.xml";

// Parsing the cascades' XML costs more than a detection: they are loaded once per folder and
// used under a lock (a CascadeClassifier is not documented as safe to share between threads).
struct Cascades
{
    QString folder;
    std::vector<cv::CascadeClassifier> classifiers;
};
std::mutex s_mutex;
Cascades s_cascades;

qint64 area(const QRect &r)
{
    return qint64(r.width()) * qint64(r.height());
}

void detect(cv::CascadeClassifier &cascade, const cv::Mat &gray, bool mirrored, double scale,
    QList<QRect> &out)
{
    std::vector<cv::Rect> found;
    cascade.detectMultiScale(gray, found, kScaleStep, 4, 0, cv::Size(kMinFace, kMinFace));
    for (const auto &f : found) {
        const int x = mirrored ? gray.cols - (f.x + f.width) : f.x;
        out.append(QRect(
            int(x / scale), int(f.y / scale), int(f.width / scale) + 1, int(f.height / scale) + 1));
    }
}

} // namespace

QString FaceSuggester::defaultCascadeFolder()
{
    return QStringLiteral("/usr/share/opencv4/haarcascades");
}

FaceSuggester::FaceSuggester(QString cascadeFolder)
    : m_folder(std::move(cascadeFolder))
{ }

QStringList FaceSuggester::cascadeFiles() const
{
    QStringList files;
    for (const char *name : {kFrontal, kProfile})
        files.append(m_folder + QLatin1Char('/') + QLatin1String(name));
    return files;
}

Result<QList<QRect>> FaceSuggester::suggest(const QImage &image) const
{
    const std::lock_guard lock(s_mutex);
    if (s_cascades.folder != m_folder || s_cascades.classifiers.empty()) {
        s_cascades = {};
        for (const QString &file : cascadeFiles()) {
            cv::CascadeClassifier cascade;
            if (!QFileInfo(file).isFile() || !cascade.load(QFile::encodeName(file).toStdString()))
                return Error {ErrorKind::NotFound,
                    QCoreApplication::translate("FaceSuggester",
                        "Face suggestions need OpenCV's face models, which are not installed: %1 "
                        "is missing or cannot be read. Install the package opencv-data, or draw "
                        "the boxes by hand.")
                        .arg(file)};
            s_cascades.classifiers.push_back(std::move(cascade));
        }
        s_cascades.folder = m_folder;
    }
    auto &cascades = s_cascades.classifiers;
    if (image.isNull())
        return QList<QRect> {};

    const int longSide = std::max(image.width(), image.height());
    const double scale = longSide > kDetectLongSide ? double(kDetectLongSide) / longSide : 1.0;
    const QImage small
        = (scale < 1.0 ? image.scaled(int(image.width() * scale), int(image.height() * scale),
               Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
                       : image)
              .convertToFormat(QImage::Format_Grayscale8);
    const cv::Mat view(small.height(), small.width(), CV_8UC1,
        const_cast<uchar *>(small.constBits()), static_cast<size_t>(small.bytesPerLine()));
    cv::Mat gray;
    cv::equalizeHist(view, gray);
    cv::Mat mirrored;
    cv::flip(gray, mirrored, 1);

    QList<QRect> found;
    detect(cascades[0], gray, false, scale, found);
    // The profile cascade knows faces turned one way; the mirror finds the other way.
    detect(cascades[1], gray, false, scale, found);
    detect(cascades[1], mirrored, true, scale, found);
    return padAndMerge(found, image.rect());
}

QList<QRect> FaceSuggester::padAndMerge(const QList<QRect> &boxes, const QRect &bounds)
{
    QList<QRect> out;
    for (const QRect &b : boxes) {
        const int dx = b.width() / 4;
        const int dy = b.height() / 4;
        const QRect padded = b.adjusted(-dx, -dy, dx, dy).intersected(bounds);
        if (!padded.isEmpty())
            out.append(padded);
    }
    bool merged = true;
    while (merged) {
        merged = false;
        for (int i = 0; i < out.size() && !merged; ++i) {
            for (int j = i + 1; j < out.size() && !merged; ++j) {
                const qint64 common = area(out.at(i).intersected(out.at(j)));
                if (common * 3 > std::min(area(out.at(i)), area(out.at(j)))) {
                    out[i] = out.at(i).united(out.at(j));
                    out.removeAt(j);
                    merged = true;
                }
            }
        }
    }
    std::sort(out.begin(), out.end(), [](const QRect &a, const QRect &b) {
        return a.top() != b.top() ? a.top() < b.top() : a.left() < b.left();
    });
    return out;
}

} // namespace td
