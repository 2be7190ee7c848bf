// Hide the console window on Windows release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

/// WebKitGTK's switch for accelerated compositing (any value but "0" turns
/// it off).
#[cfg(target_os = "linux")]
const NO_COMPOSITING: &str = "WEBKIT_DISABLE_COMPOSITING_MODE";

fn main() {
    // Klagehjelp's screens are forms and text, which WebKitGTK draws sooner
    // on the CPU than through OpenGL: on a computer without a graphics
    // driver (a virtual machine, many shared desks) OpenGL is Mesa's software
    // renderer, and WebKit compiled its shaders with LLVM at every start
    // (issue 11 § 5: the start screen complete after about 1 100 ms instead
    // of about 940 ms on this kind of machine; README, "Size and start-up").
    // Whoever wants compositing back sets the variable to 0.
    #[cfg(target_os = "linux")]
    if std::env::var_os(NO_COMPOSITING).is_none() {
        // SAFETY: the first thing the process does: no other thread exists
        // yet that could read the environment meanwhile.
        unsafe { std::env::set_var(NO_COMPOSITING, "1") };
    }
    klagehjelp_app::run();
}
