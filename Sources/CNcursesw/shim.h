#ifndef ATTUNE_CNCURSESW_SHIM_H
#define ATTUNE_CNCURSESW_SHIM_H
// SwiftPM drops pkg-config's -D flags, so the wide-character API is switched on here.
#define _XOPEN_SOURCE_EXTENDED 1
#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <ncurses.h>

// Macros Swift cannot import, wrapped as functions.
static inline attr_t attune_a_bold(void) { return A_BOLD; }
static inline attr_t attune_a_reverse(void) { return A_REVERSE; }
static inline attr_t attune_a_dim(void) { return A_DIM; }
static inline attr_t attune_a_underline(void) { return A_UNDERLINE; }
static inline attr_t attune_a_normal(void) { return A_NORMAL; }
static inline int attune_key_f(int n) { return KEY_F(n); }
// Swift 6 rejects the shared mutable `stdscr`; the backend asks for it once, on its own thread.
static inline WINDOW *attune_stdscr(void) { return stdscr; }
// glibc declares wcwidth only under _XOPEN_SOURCE, which SwiftPM strips; ncursesw measures glyphs with it,
// so the backend asks the same function to keep columns aligned.
extern int wcwidth(wchar_t c);
static inline int attune_wcwidth(wchar_t c) { return wcwidth(c); }
// `environ` is shared mutable state to Swift 6; the editor launcher copies it once per spawn.
extern char **environ;
static inline char **attune_environ(void) { return environ; }
// COLOR_PAIRS is a shared mutable global that Swift 6 will not read directly.
static inline int attune_color_pairs(void) { return COLOR_PAIRS; }
// cchar_t setup without exposing the struct layout to Swift: one spacing character plus up to
// four combining marks (CCHAR_MAX is 5), NUL-terminated as setcchar expects.
static inline int attune_set_cell(cchar_t *cell, const wchar_t *text, attr_t attrs, short pair) {
    return setcchar(cell, text, attrs, pair, NULL);
}
#endif
