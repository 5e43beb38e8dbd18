//go:build bad

package bad_test

import (
	"runtime"
	"strings"
)

// workerState returns the scheduler state of the goroutine running a
// function named Worker, as a goroutine dump shows it: "select" or
// "chan receive" when it is parked, "runnable" or "running" when it is not.
func workerState() string {
	buf := make([]byte, 1<<20)
	buf = buf[:runtime.Stack(buf, true)]
	for _, g := range strings.Split(string(buf), "\n\n") {
		if strings.Contains(g, ".Worker(") {
			header := g[:strings.Index(g, "\n")] // goroutine 7 [select]:
			return header[strings.Index(header, "[")+1 : strings.LastIndex(header, "]")]
		}
	}
	return "gone"
}
