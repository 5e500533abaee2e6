#include "terminalprompt.h"

#include "crypto/securekey.h"

#include <sodium.h>

#include <QByteArray>

#include <cerrno>
#include <csignal>

#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

namespace td::cli::TerminalPrompt {

using td::sodiumReady;
namespace {

constexpr int kMaxLine = 1024;
constexpr int kSignals[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGTSTP, SIGTTIN, SIGTTOU};

// What the signal handler needs to give the terminal its echo back: set only while a prompt
// runs, read only by the handler (async-signal-safe: tcsetattr and write are).
volatile sig_atomic_t g_ttyFd = -1;
struct termios g_saved
{
};

void restoreTerminal()
{
    const int fd = g_ttyFd;
    if (fd >= 0) {
        ::tcsetattr(fd, TCSAFLUSH, &g_saved);
        (void)!::write(fd, "\n", 1);
    }
}

extern "C" void onSignal(int signal)
{
    restoreTerminal();
    g_ttyFd = -1;
    // Die (or stop) the way the signal means to, with the terminal as it was.
    ::signal(signal, SIG_DFL);
    ::raise(signal);
}

// Installs onSignal for the prompt's lifetime and puts the previous handlers back after it.
class SignalGuard
{
public:
    SignalGuard()
    {
        struct sigaction action
        {
        };
        action.sa_handler = onSignal;
        sigemptyset(&action.sa_mask);
        for (std::size_t i = 0; i < std::size(kSignals); ++i)
            ::sigaction(kSignals[i], &action, &m_previous[i]);
    }
    ~SignalGuard()
    {
        for (std::size_t i = 0; i < std::size(kSignals); ++i)
            ::sigaction(kSignals[i], &m_previous[i], nullptr);
    }
    Q_DISABLE_COPY_MOVE(SignalGuard)

private:
    struct sigaction m_previous[std::size(kSignals)] {};
};

} // namespace

bool available()
{
    const int fd = ::open("/dev/tty", O_RDWR | O_NOCTTY | O_CLOEXEC);
    if (fd < 0)
        return false;
    ::close(fd);
    return true;
}

bool askHidden(const QString &prompt, SecretText &answer)
{
    answer.wipe();
    if (!sodiumReady()) // sodium_malloc below needs libsodium started
        return false;
    const int fd = ::open("/dev/tty", O_RDWR | O_NOCTTY | O_CLOEXEC);
    if (fd < 0)
        return false;
    struct termios saved
    {
    };
    if (::tcgetattr(fd, &saved) != 0) {
        ::close(fd);
        return false;
    }
    const QByteArray shown = prompt.toLocal8Bit();
    bool ok = false;
    auto *line = static_cast<char *>(sodium_malloc(kMaxLine));
    if (line) {
        SignalGuard guard;
        g_saved = saved;
        g_ttyFd = fd;
        struct termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO | ECHONL);
        quiet.c_lflag |= ICANON;
        if (::tcsetattr(fd, TCSAFLUSH, &quiet) == 0
            && ::write(fd, shown.constData(), size_t(shown.size())) == shown.size()) {
            qsizetype length = 0;
            for (;;) {
                char c = 0;
                const ssize_t n = ::read(fd, &c, 1);
                if (n < 0 && errno == EINTR)
                    continue;
                if (n <= 0)
                    break; // end of input before the line ended: no answer
                if (c == '\n' || c == '\r') {
                    ok = true;
                    break;
                }
                if (length < kMaxLine)
                    line[length++] = c;
            }
            if (ok)
                answer.setUtf8(line, length);
        }
        restoreTerminal();
        g_ttyFd = -1;
        sodium_free(line); // wipes it
    }
    ::close(fd);
    return ok;
}

} // namespace td::cli::TerminalPrompt
