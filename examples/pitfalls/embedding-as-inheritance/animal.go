//go:build go1.13

// Package embeddingasinheritance shows behaviour that varies by type
// expressed with an interface, not with embedding: Go has no virtual
// methods, so an embedded type never calls the outer type's methods.
package embeddingasinheritance

import "fmt"

// region interface

// Speaker is anything that makes a sound.
type Speaker interface {
	Name() string
	Sound() string
}

// Describe works for every Speaker. The varying part is the interface; the
// shared part is a plain function, not a method of a "base" type.
func Describe(s Speaker) string {
	return fmt.Sprintf("%s says %s", s.Name(), s.Sound()) // [!code highlight]
}

// Dog is a Speaker.
type Dog struct{ name string }

// NewDog returns a dog with the given name.
func NewDog(name string) *Dog { return &Dog{name: name} }

// Name returns the dog's name.
func (d *Dog) Name() string { return d.name }

// Sound returns what a dog says.
func (d *Dog) Sound() string { return "woof" }

// The compiler checks that *Dog implements Speaker: embedding an interface
// in a struct would not.
var _ Speaker = (*Dog)(nil)

// endregion interface
