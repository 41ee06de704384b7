/* log and pow got new symbol versions in glibc 2.29 (the same functions without the SVID error
   wrapper). Linked with -Wl,--wrap=log,--wrap=pow, every call goes through these to the versions
   every glibc since the architecture's first has, so the binary's floor stays below 2.29. */
#if defined(__x86_64__)
#define GLIBC_BASE "GLIBC_2.2.5"
#elif defined(__aarch64__)
#define GLIBC_BASE "GLIBC_2.17"
#else
#error "add this architecture's first glibc version"
#endif

double reportgen_log_base(double);
double reportgen_pow_base(double, double);
__asm__(".symver reportgen_log_base, log@" GLIBC_BASE);
__asm__(".symver reportgen_pow_base, pow@" GLIBC_BASE);

double __wrap_log(double x) { return reportgen_log_base(x); }
double __wrap_pow(double x, double y) { return reportgen_pow_base(x, y); }
