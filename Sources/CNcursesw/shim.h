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
#endif
