import { FRAMEWORK_FORMAT, type FrameworkDocument } from '../../contracts/skills-framework.js';

/**
 * The framework the product ships with, saved as version 1 on a council's first start.
 *
 * The five basic categories hold the UK Basic Digital Skills tasks word for word, so a
 * council's results can be compared with the national framework. Foundation, Being safe and
 * legal online and Digital at work follow the Essential Digital Skills framework and a
 * council's working day. Written in plain English for a reading age of 9 or below.
 */
export const DEFAULT_FRAMEWORK: FrameworkDocument = {
  format: FRAMEWORK_FORMAT,
  name: 'Council digital skills framework',
  note: 'The framework that comes with Digital Culture Hub.',
  categories: [
    {
      key: 'foundation',
      title: 'Foundation',
      description: 'These are the first steps. You use a device, make it easier to use, get online and keep your accounts safe.',
      basic: false,
      statements: [
        {
          key: 'use-device-controls',
          text: 'Turn on a device and use its keyboard, mouse or touch screen',
          helpText: 'This means you can use a computer, laptop, tablet or phone. You can open things and type on it.',
          example: 'Switch on your work laptop, sign in and open your email.',
          context: 'work',
        },
        {
          key: 'change-accessibility-settings',
          text: 'Change settings to make a device easier to use',
          helpText: 'You can make text bigger or change colours. The device can also read words out loud to you.',
          example: 'Make the text on your phone bigger so you can read it without your glasses.',
          context: 'life',
        },
        {
          key: 'connect-to-wifi',
          text: 'Connect a device to Wi-Fi',
          helpText: 'Wi-Fi lets a device get online with no cable. You pick the network and type its password.',
          example: 'Connect your phone to the free Wi-Fi at the library. You can do the same at home.',
          context: 'life',
        },
        {
          key: 'use-a-web-browser',
          text: 'Open a web browser and go to a website by typing its address',
          helpText: 'A web browser is the app you use to visit websites. Edge, Chrome and Safari are web browsers.',
          example: 'Open Edge and type in the council’s web address. Then check your bin collection day.',
          context: 'life',
        },
        {
          key: 'create-strong-password',
          text: 'Make a strong password and keep it safe',
          helpText: 'A strong password is long and hard to guess. Three random words together work well.',
          example: 'Pick three random words, such as purple, kettle and river. Join them up to make your new work password.',
          context: 'work',
        },
        {
          key: 'update-and-reset-password',
          text: 'Change or reset a password you have forgotten',
          helpText: 'Most websites have a "forgot password" link. You then follow the steps they send you.',
          example: 'You forget the password for your online bank. Reset it so you can log in again.',
          context: 'life',
        },
      ],
    },
    {
      key: 'managing-information',
      title: 'Managing information',
      description: 'You find and save things online, and go back to them later.',
      basic: true,
      statements: [
        {
          key: 'use-search-engine',
          text: 'Use a search engine to look for information online',
          helpText: 'A search engine finds web pages that match the words you type. Google and Bing are search engines.',
          example: 'Search for your local recycling centre. Find out when it is open.',
          context: 'life',
        },
        {
          key: 'download-save-photo',
          text: 'Download/save a photo you found online',
          helpText: 'You keep a copy of a picture from a website. It is saved on your own device.',
          example: 'Save a photo of a recipe from a website. Then you can look at it later.',
          context: 'life',
        },
        {
          key: 'find-visited-website',
          text: 'Find a website you have visited before',
          helpText: 'You can use your browser history or bookmarks. They help you go back to a website.',
          example: 'You looked at a holiday website last week. Use your history to find it again.',
          context: 'life',
        },
      ],
    },
    {
      key: 'communicating',
      title: 'Communicating',
      description: 'You keep in touch with people and share things online.',
      basic: true,
      statements: [
        {
          key: 'send-personal-message',
          text: 'Send a personal message to another person via email or online messaging service',
          helpText: 'This could be an email, a WhatsApp text or a Teams message.',
          example: 'Send a WhatsApp message to a friend to arrange to meet up.',
          context: 'life',
        },
        {
          key: 'comment-and-share-carefully',
          text: 'Carefully make comments and share information online',
          helpText: 'Think before you post. Be kind, and only share things you are happy for others to see.',
          example: 'Leave a polite comment in your town’s Facebook group. Say what you thought of a local event.',
          context: 'life',
        },
      ],
    },
    {
      key: 'transacting',
      title: 'Transacting',
      description: 'You buy things and pay for services online.',
      basic: true,
      statements: [
        {
          key: 'buy-from-website',
          text: 'Buy items or services from a website',
          helpText: 'You choose something on a website and pay for it online.',
          example: 'Order a birthday present from an online shop. Pay for it with your card.',
          context: 'life',
        },
        {
          key: 'buy-install-apps',
          text: 'Buy and install apps on a device',
          helpText: 'Apps come from an app store on your phone or tablet. Some are free and some cost money.',
          example: 'Install the NHS App on your phone from the app store.',
          context: 'life',
        },
      ],
    },
    {
      key: 'problem-solving',
      title: 'Problem solving',
      description: 'You use online help to fix things and check that what you read is true.',
      basic: true,
      statements: [
        {
          key: 'solve-problem-online-help',
          text: 'Solve a problem you have with a device or digital service using online help',
          helpText: 'You can use help pages, videos and online chat. They show you how to fix a problem.',
          example: 'Watch a short video. It shows you how to connect your printer to your laptop.',
          context: 'life',
        },
        {
          key: 'verify-sources',
          text: 'Verify sources of information you found online',
          helpText: 'Check who wrote it. Then see if other websites you trust say the same thing.',
          example: 'Check a news story on the BBC or GOV.UK before you share it.',
          context: 'life',
        },
      ],
    },
    {
      key: 'creating',
      title: 'Creating',
      description: 'You fill in forms and make new things online.',
      basic: true,
      statements: [
        {
          key: 'complete-online-forms',
          text: 'Complete online application forms which include personal details',
          helpText: 'Many forms are now online. You might use one to apply for a job or a parking permit.',
          example: 'Apply for a new passport or a blue badge online.',
          context: 'life',
        },
        {
          key: 'create-from-existing-media',
          text: 'Create something new from existing online images, music or video',
          helpText: 'You put photos, music or clips together. This makes something new of your own.',
          example: 'Make a short slideshow of family photos for a birthday. Add a song to play with it.',
          context: 'life',
        },
      ],
    },
    {
      key: 'safe-and-legal',
      title: 'Being safe and legal online',
      description: 'You keep yourself and your devices safe. You take care of other people’s details too.',
      basic: false,
      statements: [
        {
          key: 'spot-scams-and-suspicious-links',
          text: 'Spot scam messages and suspicious links and report them',
          helpText: 'Scams try to trick you into clicking a link or giving away details. Do not click if you are unsure.',
          example: 'Report an email that says your pay is on hold. It asks you to log in through a link.',
          context: 'work',
        },
        {
          key: 'check-site-is-secure',
          text: 'Check that a website is secure before you enter personal or payment details',
          helpText: 'Look for an address that starts with https and a site you trust. Type the address yourself if unsure.',
          example: 'You want to pay your council tax. First check you are on the real council website.',
          context: 'life',
        },
        {
          key: 'manage-privacy-settings',
          text: 'Change privacy settings on social media and apps',
          helpText: 'Privacy settings let you choose who sees your posts and photos. They also control who can see where you are.',
          example: 'Change your settings on Facebook. Then only your friends can see your photos.',
          context: 'life',
        },
        {
          key: 'install-updates',
          text: 'Install updates on your devices and apps',
          helpText: 'Updates fix problems and help keep out viruses. Let them install on their own when you can.',
          example: 'When your laptop asks you to restart, do it. This lets the updates install.',
          context: 'work',
        },
        {
          key: 'protect-personal-data',
          text: 'Keep other people’s personal information safe and only share it when you should',
          helpText: 'UK GDPR is the law on how we look after people’s details. Only share what is needed.',
          example: 'Check the address when you email a resident’s case notes. Never send them to a home account.',
          context: 'work',
        },
        {
          key: 'respect-copyright',
          text: 'Check you are allowed to use a photo, music or text before you share or reuse it',
          helpText: 'Most things online belong to someone. Use images that are free to use, or ask if you can use them.',
          example: 'For a poster, use a picture from the council’s image library. Do not take one from a news site.',
          context: 'work',
        },
        {
          key: 'back-up-files',
          text: 'Back up your files and photos so you do not lose them',
          helpText: 'A backup is a second copy of your files. You keep it somewhere else, such as in the cloud.',
          example: 'Turn on photo backup on your phone. Then your photos are safe if you lose it.',
          context: 'life',
        },
      ],
    },
    {
      key: 'digital-at-work',
      title: 'Digital at work',
      description: 'These are the tools and systems we use each day at the council.',
      basic: false,
      statements: [
        {
          key: 'teams-chat',
          text: 'Send chat messages and share files in Microsoft Teams',
          helpText: 'In Teams chat you can message one person or a group. You can add files to the chat too.',
          example: 'Send a colleague a quick Teams message. Ask if they have time for a call.',
          context: 'work',
        },
        {
          key: 'teams-meetings',
          text: 'Join and take part in a Microsoft Teams meeting',
          helpText: 'You can join a meeting and turn your camera and microphone on and off. You can share your screen too.',
          example: 'Join your team’s weekly meeting on your laptop. Share a document on screen.',
          context: 'work',
        },
        {
          key: 'outlook-email-calendar',
          text: 'Use Outlook to manage your email and calendar',
          helpText: 'Outlook holds your work email and your diary. You can use it to reply, file mail and book meetings.',
          example: 'Accept a meeting you are asked to. When you go on leave, set an out-of-office reply.',
          context: 'work',
        },
        {
          key: 'onedrive-sharepoint-files',
          text: 'Save, find and share files in OneDrive and SharePoint',
          helpText: 'OneDrive is for your own work files. SharePoint and Teams hold files your team shares.',
          example: 'Share a link to a document on your team’s SharePoint site. Do not send it as an attachment.',
          context: 'work',
        },
        {
          key: 'excel-basics',
          text: 'Use Excel to enter, sort and add up figures',
          helpText: 'Excel is for tables of numbers and lists. You can sort rows and use simple sums.',
          example: 'Sort a list of site visits by date and add up the mileage for your claim.',
          context: 'work',
        },
        {
          key: 'hr-self-service',
          text: 'Use online HR self-service for payslips, training and appraisals',
          helpText: 'HR self-service is a website for staff. You can see your pay, book training and fill in your appraisal on it.',
          example: 'Download your payslip and book a place on a training course.',
          context: 'work',
        },
        {
          key: 'mobile-flexible-working',
          text: 'Work safely away from the office on a laptop or phone',
          helpText: 'This means you get onto work systems from home or on the move. You also keep your device locked.',
          example: 'Check your work email on your phone between home visits. Lock it when you put it away.',
          context: 'work',
        },
        {
          key: 'council-online-systems',
          text: 'Use the council’s online forms and case systems for your job',
          helpText: 'These are the systems your service uses. You log cases, requests and bookings in them.',
          example: 'A resident reports a missed bin. Log it in the case system and update it when it is sorted.',
          context: 'work',
        },
      ],
    },
  ],
};
