"""The Qt-free rules over a case: deadlines now, the wizard's flow engine next."""
