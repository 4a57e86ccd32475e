// Loaded into the bot process by the fault tests (`node --require`): on SIGUSR2 it leaves a
// promise rejection unhandled, as a buggy library might. The bot must log it and keep answering.
'use strict';
process.on('SIGUSR2', () => {
  void Promise.reject(new Error('a rejection nobody handles (fault test)'));
});
