//go:build unix

package main

import (
	"os"
	"runtime"
	"syscall"
	"time"
)

// peakRSS returns the peak resident memory of a finished process in bytes,
// or 0 when the system does not say.
func peakRSS(ps *os.ProcessState) float64 {
	ru, ok := ps.SysUsage().(*syscall.Rusage)
	if !ok {
		return 0
	}
	if runtime.GOOS == "darwin" || runtime.GOOS == "ios" {
		return float64(ru.Maxrss) // bytes
	}
	return float64(ru.Maxrss) * 1024 // kilobytes
}

// cpuTime returns the CPU time this process has used (user and system).
// Timing by it rather than by the wall clock keeps ratios honest on a busy
// machine: time spent waiting for a core is not counted.
func cpuTime() (time.Duration, bool) {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0, false
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano()), true
}
