//go:build !unix

package main

import (
	"os"
	"time"
)

// peakRSS is unknown on this system.
func peakRSS(*os.ProcessState) float64 { return 0 }

// cpuTime is unknown on this system: timing falls back to the wall clock.
func cpuTime() (time.Duration, bool) { return 0, false }
