// libFuzzer target: GuidancePackLoader::load on a pack folder built from the input
// (see packfromfuzzinput.h for the layout).
#include "guidance/guidancepackloader.h"
#include "packfromfuzzinput.h"

#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static QTemporaryDir work;
    if (!work.isValid())
        std::abort();
    const QString pack = work.filePath(QStringLiteral("pack"));
    td::fuzz::writePackFromFuzzInput(pack,
        QByteArray::fromRawData(
            reinterpret_cast<const char *>(data), static_cast<qsizetype>(size)));
    auto loaded = td::GuidancePackLoader::load(pack);
    if (loaded)
        (void)td::GuidancePackLoader::check(loaded.value());
    return 0;
}
