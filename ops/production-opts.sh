# Sourced by the ops/ scripts and meant to be copied into a deployment: the JVM flags SafeShare is run
# with in production, and why each one. Nothing here trades speed in service for a faster start.
#   -XX:MaxRAMPercentage=60    the heap may grow to 60% of the memory the process is given (a container's
#                              limit, else the machine's), leaving room for the code cache, metaspace,
#                              thread stacks and direct buffers; set -Xmx instead when nothing limits it.
#   -XX:InitialRAMPercentage=1 start the heap small (the default, 1/64 of memory, commits 384 MiB on a
#                              24 GiB machine before any request) and let it grow as load needs.
#   -XX:G1PeriodicGCInterval   when idle for this long, G1 runs a concurrent cycle and gives unused heap
#                              back to the operating system (JEP 346), so a quiet night costs little memory.
#   -XX:MinHeapFreeRatio=10    after such a collection keep at most 30% of the heap free (the default, 70%,
#   -XX:MaxHeapFreeRatio=30    kept about 250 MiB committed for 77 MiB in use after start-up): an idle
#                              SafeShare holds about 325 MiB instead of about 450; under load G1 still grows
#                              the heap as its pause-time goal needs.
#   -Xshare/-XX:AOTCache       added by the caller when the ahead-of-time cache is in use (ops/aot-cache.sh).
SAFESHARE_PRODUCTION_OPTS="${SAFESHARE_PRODUCTION_OPTS:--XX:+UseG1GC -XX:MaxRAMPercentage=60 -XX:InitialRAMPercentage=1 -XX:G1PeriodicGCInterval=15000 -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30}"
