//go:build go1.1

// Package greeting is one feature of the greet command. It lives under
// internal/, so the go command refuses to let packages outside
// patterns/project-layout import it: the module can change it freely.
package greeting

// region greeting

import "errors"

// ErrNoName is returned by For when the name is empty.
var ErrNoName = errors.New("greeting: empty name")

// For returns the greeting for name.
func For(name string) (string, error) {
	if name == "" {
		return "", ErrNoName
	}
	return "Hello, " + name + "!", nil
}

// endregion greeting
