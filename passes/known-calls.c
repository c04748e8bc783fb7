/* The table behind known-calls.h.  Arguments count from 0.  A function that
   is not here, has no body in the file and no fnspec is "unknown": what it
   receives may escape.  */

#include "known-calls.h"

#include <stdlib.h>
#include <string.h>

#define KEEPS_NOTHING(n) { n, CALL_KEEPS_NOTHING, -1, -1 }
#define RETURNS(n, a) { n, CALL_RETURNS_ARG, a, -1 }
#define RETURNS_POINTEE(n, a) { n, CALL_RETURNS_POINTEE, a, -1 }
#define STORES(n, a, to) { n, CALL_STORES_ARG, a, to }
#define COPIES(n, a, to) { n, CALL_COPIES_MEMORY, a, to }
#define RETAINS(n, a) { n, CALL_RETAINS_ARG, a, -1 }
#define RETAINS_POINTEE(n, a) { n, CALL_RETAINS_POINTEE, a, -1 }

static struct known_call table[] = {
  /* stdio: formats and buffers are read during the call only.  */
  KEEPS_NOTHING ("printf"), KEEPS_NOTHING ("fprintf"),
  KEEPS_NOTHING ("sprintf"), KEEPS_NOTHING ("snprintf"),
  KEEPS_NOTHING ("dprintf"), KEEPS_NOTHING ("vprintf"),
  KEEPS_NOTHING ("vfprintf"), KEEPS_NOTHING ("vsprintf"),
  KEEPS_NOTHING ("vsnprintf"), KEEPS_NOTHING ("vdprintf"),
  KEEPS_NOTHING ("__printf_chk"), KEEPS_NOTHING ("__fprintf_chk"),
  KEEPS_NOTHING ("__sprintf_chk"), KEEPS_NOTHING ("__snprintf_chk"),
  KEEPS_NOTHING ("__vfprintf_chk"), KEEPS_NOTHING ("__vsnprintf_chk"),
  KEEPS_NOTHING ("__vsprintf_chk"), KEEPS_NOTHING ("__vprintf_chk"),
  KEEPS_NOTHING ("__dprintf_chk"),
  KEEPS_NOTHING ("scanf"), KEEPS_NOTHING ("fscanf"), KEEPS_NOTHING ("sscanf"),
  KEEPS_NOTHING ("__isoc99_scanf"), KEEPS_NOTHING ("__isoc99_fscanf"),
  KEEPS_NOTHING ("__isoc99_sscanf"), KEEPS_NOTHING ("vsscanf"),
  KEEPS_NOTHING ("puts"), KEEPS_NOTHING ("fputs"), KEEPS_NOTHING ("fputc"),
  KEEPS_NOTHING ("putc"), KEEPS_NOTHING ("fwrite"), KEEPS_NOTHING ("fread"),
  KEEPS_NOTHING ("__fread_chk"), KEEPS_NOTHING ("fclose"),
  KEEPS_NOTHING ("fflush"), KEEPS_NOTHING ("fopen"), KEEPS_NOTHING ("fdopen"),
  KEEPS_NOTHING ("freopen"), KEEPS_NOTHING ("perror"),
  KEEPS_NOTHING ("fseek"), KEEPS_NOTHING ("ftell"), KEEPS_NOTHING ("fgetc"),
  KEEPS_NOTHING ("getc"), KEEPS_NOTHING ("ungetc"), KEEPS_NOTHING ("feof"),
  KEEPS_NOTHING ("ferror"), KEEPS_NOTHING ("clearerr"),
  KEEPS_NOTHING ("fileno"), KEEPS_NOTHING ("remove"),
  KEEPS_NOTHING ("rename"), KEEPS_NOTHING ("tmpfile"),
  RETURNS ("fgets", 0), RETURNS ("__fgets_chk", 0),
  /* The stream keeps its buffer: setvbuf's, and the memory streams'
     buffer, or the places open_memstream reports through.  */
  RETAINS ("setvbuf", 1), RETAINS ("setbuf", 1), RETAINS ("setbuffer", 1),
  RETAINS ("fmemopen", 0), RETAINS ("open_memstream", 0),
  RETAINS ("open_memstream", 1),
  /* Strings and memory not covered by GCC's builtins.  */
  KEEPS_NOTHING ("strcoll"), KEEPS_NOTHING ("strxfrm"),
  RETURNS ("strerror_r", 1), KEEPS_NOTHING ("__xpg_strerror_r"),
  RETURNS ("strtok", 0), RETURNS ("strtok_r", 0), STORES ("strtok_r", 0, 2),
  RETURNS_POINTEE ("strtok_r", 2), RETURNS_POINTEE ("strsep", 0),
  RETURNS ("strcasestr", 0), RETURNS ("memrchr", 0), RETURNS ("rawmemchr", 0),
  RETURNS ("strchrnul", 0), RETURNS ("memmem", 0),
  RETURNS ("basename", 0), RETURNS ("__xpg_basename", 0),
  RETURNS ("dirname", 0),
  STORES ("strtol", 0, 1), STORES ("strtoul", 0, 1),
  STORES ("strtoll", 0, 1), STORES ("strtoull", 0, 1),
  STORES ("strtod", 0, 1), STORES ("strtof", 0, 1), STORES ("strtold", 0, 1),
  STORES ("strtoimax", 0, 1), STORES ("strtoumax", 0, 1),
  STORES ("__isoc23_strtol", 0, 1), STORES ("__isoc23_strtoul", 0, 1),
  STORES ("__isoc23_strtoll", 0, 1), STORES ("__isoc23_strtoull", 0, 1),
  KEEPS_NOTHING ("atoi"), KEEPS_NOTHING ("atol"), KEEPS_NOTHING ("atoll"),
  KEEPS_NOTHING ("atof"),
  /* qsort and bsearch call back with pointers into the array, during the
     call only.  */
  KEEPS_NOTHING ("qsort"), KEEPS_NOTHING ("qsort_r"),
  RETURNS ("bsearch", 1),
  /* Files, sockets, time.  */
  KEEPS_NOTHING ("read"), KEEPS_NOTHING ("write"), KEEPS_NOTHING ("pread"),
  KEEPS_NOTHING ("pwrite"), KEEPS_NOTHING ("readv"), KEEPS_NOTHING ("writev"),
  KEEPS_NOTHING ("__read_chk"), KEEPS_NOTHING ("open"),
  KEEPS_NOTHING ("__open_2"), KEEPS_NOTHING ("openat"),
  KEEPS_NOTHING ("close"), KEEPS_NOTHING ("stat"), KEEPS_NOTHING ("lstat"),
  KEEPS_NOTHING ("fstat"), KEEPS_NOTHING ("access"), KEEPS_NOTHING ("unlink"),
  KEEPS_NOTHING ("mkdir"), KEEPS_NOTHING ("rmdir"), KEEPS_NOTHING ("chdir"),
  RETURNS ("getcwd", 0), RETURNS ("realpath", 1),
  /* A pointer into the buffer given (or NULL, or a static one).  */
  RETURNS ("memccpy", 0), RETURNS ("gcvt", 2), RETURNS ("tmpnam", 0),
  KEEPS_NOTHING ("send"), KEEPS_NOTHING ("recv"), KEEPS_NOTHING ("sendto"),
  KEEPS_NOTHING ("recvfrom"), KEEPS_NOTHING ("sendmsg"),
  KEEPS_NOTHING ("recvmsg"), KEEPS_NOTHING ("bind"), KEEPS_NOTHING ("connect"),
  KEEPS_NOTHING ("accept"), KEEPS_NOTHING ("getsockopt"),
  KEEPS_NOTHING ("setsockopt"), KEEPS_NOTHING ("getsockname"),
  KEEPS_NOTHING ("getpeername"), KEEPS_NOTHING ("select"),
  KEEPS_NOTHING ("poll"), KEEPS_NOTHING ("pipe"), KEEPS_NOTHING ("inet_pton"),
  RETURNS ("inet_ntop", 2), KEEPS_NOTHING ("time"),
  KEEPS_NOTHING ("gettimeofday"), KEEPS_NOTHING ("clock_gettime"),
  KEEPS_NOTHING ("nanosleep"), KEEPS_NOTHING ("mktime"),
  KEEPS_NOTHING ("strftime"), RETURNS ("localtime_r", 1),
  RETURNS ("gmtime_r", 1), RETURNS ("ctime_r", 1), RETURNS ("asctime_r", 1),
  KEEPS_NOTHING ("getenv"), KEEPS_NOTHING ("setlocale"),
  KEEPS_NOTHING ("waitpid"), KEEPS_NOTHING ("wait"),
  KEEPS_NOTHING ("sigemptyset"),
  KEEPS_NOTHING ("sigfillset"), KEEPS_NOTHING ("sigaddset"),
  KEEPS_NOTHING ("sigprocmask"), KEEPS_NOTHING ("pthread_sigmask"),
  KEEPS_NOTHING ("execv"), KEEPS_NOTHING ("execvp"), KEEPS_NOTHING ("execve"),
  KEEPS_NOTHING ("execl"), KEEPS_NOTHING ("execlp"),
  KEEPS_NOTHING ("setjmp"), KEEPS_NOTHING ("_setjmp"),
  KEEPS_NOTHING ("__sigsetjmp"), KEEPS_NOTHING ("longjmp"),
  KEEPS_NOTHING ("siglongjmp"),
  /* Threads: the mutex and attribute calls work on the object during the
     call; pthread_join writes the thread's result.  */
  KEEPS_NOTHING ("pthread_join"), KEEPS_NOTHING ("pthread_mutex_lock"),
  KEEPS_NOTHING ("pthread_mutex_unlock"), KEEPS_NOTHING ("pthread_mutex_init"),
  KEEPS_NOTHING ("pthread_mutex_destroy"),
  KEEPS_NOTHING ("pthread_attr_init"), KEEPS_NOTHING ("pthread_attr_destroy"),
  KEEPS_NOTHING ("pthread_cond_wait"), KEEPS_NOTHING ("pthread_cond_signal"),
  KEEPS_NOTHING ("pthread_cond_broadcast"),
  KEEPS_NOTHING ("pthread_once"),
  /* Calls that keep what they are given after they return.  */
  RETAINS ("pthread_create", 3), RETAINS ("thrd_create", 2),
  RETAINS ("atexit", 0), RETAINS ("at_quick_exit", 0),
  RETAINS ("on_exit", 1), RETAINS ("pthread_setspecific", 1),
  /* ... and the functions they call later: a nested function's trampoline
     lives in the frame.  */
  RETAINS ("pthread_create", 2), RETAINS ("thrd_create", 1),
  RETAINS ("on_exit", 0), RETAINS ("signal", 1),
  RETAINS_POINTEE ("sigaction", 1),
  RETAINS ("pthread_key_create", 1),
  /* stdarg: va_start fills the list with places in the frame's
     arguments, which no address we track is.  */
  KEEPS_NOTHING ("__builtin_va_start"), KEEPS_NOTHING ("__builtin_va_end"),
  KEEPS_NOTHING ("__builtin_va_copy"),
  /* Allocator helpers that read their argument only.  */
  KEEPS_NOTHING ("free"), KEEPS_NOTHING ("malloc_usable_size"),
  /* POSIX and glibc calls that read or fill what they are given during
     the call; with -fplugin-arg-escape-strict, an unknown function's
     arguments are warnings, so the common ones are named.  The user and
     group lookups point the result at the caller's struct and fill it
     with pointers into the caller's buffer.  */
  KEEPS_NOTHING ("pthread_cond_init"), KEEPS_NOTHING ("pthread_cond_destroy"),
  KEEPS_NOTHING ("pthread_cond_timedwait"),
  KEEPS_NOTHING ("pthread_rwlock_init"), KEEPS_NOTHING ("pthread_rwlock_destroy"),
  KEEPS_NOTHING ("pthread_rwlock_rdlock"), KEEPS_NOTHING ("pthread_rwlock_wrlock"),
  KEEPS_NOTHING ("pthread_rwlock_unlock"), KEEPS_NOTHING ("pthread_mutex_trylock"),
  KEEPS_NOTHING ("pthread_mutexattr_init"), KEEPS_NOTHING ("pthread_mutexattr_settype"),
  KEEPS_NOTHING ("pthread_mutexattr_destroy"), KEEPS_NOTHING ("pthread_attr_setstacksize"),
  KEEPS_NOTHING ("pthread_attr_setdetachstate"),
  KEEPS_NOTHING ("getaddrinfo"), KEEPS_NOTHING ("freeaddrinfo"),
  KEEPS_NOTHING ("getnameinfo"), KEEPS_NOTHING ("ioctl"), KEEPS_NOTHING ("fcntl"),
  KEEPS_NOTHING ("getline"), KEEPS_NOTHING ("getdelim"),
  KEEPS_NOTHING ("setenv"), KEEPS_NOTHING ("unsetenv"),
  KEEPS_NOTHING ("getrusage"), KEEPS_NOTHING ("getrlimit"),
  KEEPS_NOTHING ("setrlimit"), KEEPS_NOTHING ("tcgetattr"),
  KEEPS_NOTHING ("tcsetattr"), KEEPS_NOTHING ("glob"), KEEPS_NOTHING ("globfree"),
  KEEPS_NOTHING ("wordexp"), KEEPS_NOTHING ("wordfree"),
  KEEPS_NOTHING ("epoll_ctl"), KEEPS_NOTHING ("epoll_wait"),
  KEEPS_NOTHING ("getopt"), KEEPS_NOTHING ("getopt_long"),
  KEEPS_NOTHING ("getopt_long_only"), KEEPS_NOTHING ("sigsuspend"),
  KEEPS_NOTHING ("sigwait"), KEEPS_NOTHING ("clock_nanosleep"),
  KEEPS_NOTHING ("uname"), KEEPS_NOTHING ("gethostname"),
  KEEPS_NOTHING ("statvfs"), KEEPS_NOTHING ("fstatat"),
  KEEPS_NOTHING ("readlink"), KEEPS_NOTHING ("opendir"),
  KEEPS_NOTHING ("socketpair"), KEEPS_NOTHING ("mkstemp"),
  KEEPS_NOTHING ("tfind"),
  STORES ("getpwnam_r", 1, 4), STORES ("getpwnam_r", 2, 1),
  STORES ("getpwuid_r", 1, 4), STORES ("getpwuid_r", 2, 1),
  STORES ("getgrnam_r", 1, 4), STORES ("getgrnam_r", 2, 1),
  STORES ("getgrgid_r", 1, 4), STORES ("getgrgid_r", 2, 1),
  /* The environment keeps putenv's string itself (CERT POS34-C); a
     search tree keeps its keys.  */
  RETAINS ("putenv", 0), RETAINS ("tsearch", 0),
  /* Atomics of objects GCC has no instruction for (over 16 bytes) are
     calls with the size first: __atomic_store (size, dst, src, order),
     __atomic_exchange (size, ptr, val, ret, order), __atomic_load (size,
     src, dst, order) copy the objects' bytes.  */
  COPIES ("__atomic_store", 2, 1), COPIES ("__atomic_exchange", 2, 1),
  COPIES ("__atomic_exchange", 1, 3), COPIES ("__atomic_load", 1, 2),
  /* Sizes: -fsanitize=object-size asks for them before each access.  */
  KEEPS_NOTHING ("__builtin_object_size"),
  KEEPS_NOTHING ("__builtin_dynamic_object_size"),
};

static int
by_name (const void *a, const void *b)
{
  const struct known_call *x = a, *y = b;
  return strcmp (x->name, y->name);
}

static int
key_cmp (const void *key, const void *row)
{
  return strcmp ((const char *) key, ((const struct known_call *) row)->name);
}

int
known_call_find (const char *name, const struct known_call **rows)
{
  static bool sorted;
  const size_t n = sizeof table / sizeof *table;
  if (!sorted)
    {
      qsort (table, n, sizeof *table, by_name);
      sorted = true;
    }
  const struct known_call *hit = bsearch (name, table, n, sizeof *table,
					  key_cmp);
  /* GCC's folds call the library by its builtin's name: printf ("%s\n", s)
     becomes __builtin_puts (s).  */
  static const char prefix[] = "__builtin_";
  if (!hit && !strncmp (name, prefix, sizeof prefix - 1))
    return known_call_find (name + sizeof prefix - 1, rows);
  if (!hit)
    return 0;
  while (hit > table && !strcmp (hit[-1].name, name))
    hit--;
  int count = 0;
  while (hit + count < table + n && !strcmp (hit[count].name, name))
    count++;
  *rows = hit;
  return count;
}

static const struct known_release releases[] = {
  { "pthread_create", 0, true, "pthread_join", 0, -1 },
  { "thrd_create", 0, true, "thrd_join", 0, -1 },
  { "setvbuf", 0, false, "fclose", 0, -1 },
  { "setvbuf", 0, false, "setvbuf", 0, 1 },
  { "setvbuf", 0, false, "setbuf", 0, 1 },
  { "setbuf", 0, false, "fclose", 0, -1 },
  { "setbuf", 0, false, "setvbuf", 0, 1 },
  { "setbuf", 0, false, "setbuf", 0, 1 },
  { "setbuffer", 0, false, "fclose", 0, -1 },
  { "setbuffer", 0, false, "setbuffer", 0, 1 },
  { "fmemopen", -1, false, "fclose", 0, -1 },
  { "open_memstream", -1, false, "fclose", 0, -1 },
  { "pthread_setspecific", 0, false, "pthread_setspecific", 0, 1 },
};

const struct known_release *
known_release_find (const char *retainer, const char *name)
{
  for (size_t i = 0; i < sizeof releases / sizeof *releases; i++)
    if ((!retainer || !strcmp (releases[i].retainer, retainer))
	&& !strcmp (releases[i].releaser, name))
      return &releases[i];
  return NULL;
}
