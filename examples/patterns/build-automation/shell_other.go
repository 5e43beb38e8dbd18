//go:build go1.19 && !unix

package buildautomation

// Shell is the command interpreter scripts run under.
const Shell = "cmd.exe"
