#include "fontconfigpreload.h"

#include <system_error>

#ifdef TRUSTDESK_HAVE_FONTCONFIG
#include <fontconfig/fontconfig.h>
#endif

namespace td::ui {

FontconfigPreload::FontconfigPreload()
{
#ifdef TRUSTDESK_HAVE_FONTCONFIG
    try {
        // FcInit is what Qt's font database calls first; a second call finds the configuration
        // loaded. Fontconfig is thread-safe, and nothing else here touches Qt.
        m_thread = std::thread([] { FcInit(); });
    } catch (const std::system_error &) {
        // No thread: Qt loads the configuration itself, as without the preload.
    }
#endif
}

FontconfigPreload::~FontconfigPreload()
{
    wait();
}

void FontconfigPreload::wait()
{
    if (m_thread.joinable())
        m_thread.join();
}

} // namespace td::ui
