#pragma once

#include <thread>

namespace td::ui {

/// Loads fontconfig's configuration and font caches on another thread while QApplication starts.
/// Qt's first font look-up needs them; on the main thread they held up the window by ~5 ms (XML
/// configuration files, the caches of every installed font). Without fontconfig, does nothing.
class FontconfigPreload final
{
public:
    FontconfigPreload();
    ~FontconfigPreload();
    FontconfigPreload(const FontconfigPreload &) = delete;
    FontconfigPreload &operator=(const FontconfigPreload &) = delete;

    /// Waits until the configuration is loaded; call it before the first use of a font, so Qt
    /// finds it ready instead of loading a second one alongside.
    void wait();

private:
    std::thread m_thread;
};

} // namespace td::ui
